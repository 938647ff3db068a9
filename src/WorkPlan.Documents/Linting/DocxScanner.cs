using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// Reads a part's block content (the body, a header or a footer) once, in document order, into the linter's view:
/// paragraphs with their visible text and effective formatting, tables with their cells, and the body's sections.
/// Content controls, custom XML and tracked insertions are read through; tracked deletions, moved-away text and
/// hidden text are left out, as a reader of the document does not see them. Text in text boxes is not read.
/// </summary>
/// <threadsafety>Not thread-safe; one instance per part.</threadsafety>
internal sealed class DocxScanner
{
    private static readonly Regex PageInstruction = new(@"^\s*PAGE(\s|$)", RegexOptions.CultureInvariant);

    private readonly string part;
    private readonly FormatResolver resolver;
    private readonly List<DocxParagraph> paragraphs = [];
    private readonly List<DocxTable> tables = [];
    private readonly List<DocxSection> sections = [];
    private DocxSection section;

    private DocxScanner(string part, FormatResolver resolver)
    {
        this.part = part;
        this.resolver = resolver;
        section = new DocxSection(1);
        sections.Add(section);
    }

    /// <summary>Scans a part's root element (w:body, w:hdr or w:ftr).</summary>
    /// <param name="root">The root element.</param>
    /// <param name="part">The part's name for locations: "document", or the header's or footer's file name.</param>
    /// <param name="resolver">The document's format resolver.</param>
    /// <returns>The part's paragraphs, tables and sections.</returns>
    internal static ScannedPart Scan(OpenXmlElement root, string part, FormatResolver resolver)
    {
        var scanner = new DocxScanner(part, resolver);
        scanner.Blocks(root, cell: null, tableStyle: null);
        if (root is Body body)
        {
            scanner.section.Properties = body.Elements<SectionProperties>().LastOrDefault();
        }

        return new ScannedPart(scanner.paragraphs, scanner.tables, scanner.sections);
    }

    private void Blocks(OpenXmlElement container, DocxCell? cell, string? tableStyle)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    Add(paragraph, cell, tableStyle);
                    break;
                case Table table:
                    AddTable(table, cell);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content, cell, tableStyle);
                    break;
                case CustomXmlBlock custom:
                    Blocks(custom, cell, tableStyle);
                    break;
                default:
                    // Bookmarks, permissions, proofing marks, the body's own sectPr: nothing to read here.
                    break;
            }
        }
    }

    private void AddTable(Table element, DocxCell? parent)
    {
        var table = new DocxTable(tables.Count + 1, parent);
        tables.Add(table);
        section.HasTable = true;
        string? style = resolver.TableStyle(element.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value);
        int first = paragraphs.Count;
        foreach (TableRow row in Rows(element))
        {
            var cells = new List<DocxCell>();
            table.Rows.Add(cells);
            foreach (TableCell tableCell in Cells(row))
            {
                var cell = new DocxCell(table, table.Rows.Count - 1, cells.Count);
                cells.Add(cell);
                Blocks(tableCell, cell, style);
            }
        }

        table.Paragraphs.AddRange(paragraphs.Skip(first));
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement table) =>
        table.ChildElements.SelectMany(child => child switch
        {
            TableRow row => [row],
            SdtRow sdt => sdt.SdtContentRow is { } content ? Rows(content) : [],
            CustomXmlRow custom => Rows(custom),
            _ => Enumerable.Empty<TableRow>(),
        });

    private static IEnumerable<TableCell> Cells(OpenXmlElement row) =>
        row.ChildElements.SelectMany(child => child switch
        {
            TableCell cell => [cell],
            SdtCell sdt => sdt.SdtContentCell is { } content ? Cells(content) : [],
            CustomXmlCell custom => Cells(custom),
            _ => Enumerable.Empty<TableCell>(),
        });

    private void Add(Paragraph element, DocxCell? cell, string? tableStyle)
    {
        ParagraphProperties? properties = element.ParagraphProperties;
        ParagraphFormat direct = ParagraphFormat.Read(properties);
        string? style = direct.StyleId;
        var reader = new InlineReader(this, style, tableStyle);
        reader.Read(element);
        int index = paragraphs.Count + 1;
        var paragraph = new DocxParagraph(
            part,
            index,
            section.Number - 1,
            cell,
            resolver.Paragraph(direct, tableStyle),
            resolver.Run(RunFormat.Read(properties?.ParagraphMarkRunProperties, resolver.Theme), style, tableStyle),
            reader.Runs,
            reader.Text.ToString())
        {
            HasShape = reader.HasShape,
            PageField = reader.PageField,
        };
        paragraphs.Add(paragraph);
        cell?.Paragraphs.Add(paragraph);
        if (section.FirstParagraph == 0)
        {
            section.FirstParagraph = index;
        }

        section.LastParagraph = index;
        if (properties?.SectionProperties is { } ends)
        {
            section.Properties = ends;
            section = new DocxSection(section.Number + 1);
            sections.Add(section);
        }
    }

    /// <summary>Reads a paragraph's inline content: runs, fields, hyperlinks, content controls, tracked changes.</summary>
    private sealed class InlineReader
    {
        private readonly DocxScanner scanner;
        private readonly string? paragraphStyle;
        private readonly string? tableStyle;
        private StringBuilder? instruction;

        internal InlineReader(DocxScanner scanner, string? paragraphStyle, string? tableStyle)
        {
            this.scanner = scanner;
            this.paragraphStyle = paragraphStyle;
            this.tableStyle = tableStyle;
        }

        internal List<DocxRun> Runs { get; } = [];

        internal StringBuilder Text { get; } = new();

        internal bool HasShape { get; private set; }

        internal string? PageField { get; private set; }

        private int Line { get; set; }

        internal void Read(OpenXmlElement container)
        {
            foreach (OpenXmlElement child in container.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        AddRun(run);
                        break;
                    case ParagraphProperties or DeletedRun or MoveFromRun:
                        break;
                    case SimpleField field:
                        if (field.Instruction?.Value is { } text && PageInstruction.IsMatch(text))
                        {
                            PageField ??= text.Trim();
                        }

                        Read(field);
                        break;
                    case OpenXmlCompositeElement composite:
                        // Hyperlinks, insertions, moved-to text, content controls (through their content), smart tags.
                        Read(composite);
                        break;
                    default:
                        break;
                }
            }
        }

        private void AddRun(Run run)
        {
            RunFormat format = scanner.resolver.Run(RunFormat.Read(run.RunProperties, scanner.resolver.Theme), paragraphStyle, tableStyle);
            bool hidden = format.Hidden == true;
            var text = new StringBuilder();
            foreach (OpenXmlElement child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t:
                        text.Append(t.Text);
                        break;
                    case TabChar or PositionalTab:
                        text.Append('\t');
                        break;
                    case Break or CarriageReturn:
                        Flush(text, format, hidden);
                        if (!hidden)
                        {
                            Text.Append('\n');
                            Line++;
                        }

                        break;
                    case NoBreakHyphen:
                        text.Append('-');
                        break;
                    case FieldChar fieldChar when fieldChar.FieldCharType?.InnerText == "begin":
                        instruction = new StringBuilder();
                        break;
                    case FieldChar fieldChar when fieldChar.FieldCharType?.InnerText == "separate":
                        if (instruction is not null && PageInstruction.IsMatch(instruction.ToString()))
                        {
                            PageField ??= instruction.ToString().Trim();
                        }

                        instruction = null;
                        break;
                    case FieldCode code:
                        instruction?.Append(code.Text);
                        break;
                    case Drawing or Picture or EmbeddedObject or AlternateContent:
                        HasShape = true;
                        break;
                    default:
                        break;
                }
            }

            Flush(text, format, hidden);
        }

        private void Flush(StringBuilder text, RunFormat format, bool hidden)
        {
            if (text.Length > 0 && !hidden)
            {
                string value = text.ToString();
                Runs.Add(new DocxRun(value, format, Line));
                Text.Append(value);
            }

            text.Clear();
        }
    }
}
