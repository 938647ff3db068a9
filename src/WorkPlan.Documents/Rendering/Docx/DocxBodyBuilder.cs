using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Fonts;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Builds <c>word/document.xml</c> (and the header parts through <see cref="SectionBuilder"/>) from the layout tree.
/// This part holds sections, paragraphs, runs, lists, rules and page breaks; tables are in the other part.
/// </summary>
/// <remarks>One per render; not thread-safe.</remarks>
internal sealed partial class DocxBodyBuilder
{
    private readonly StyleResolver styles;
    private readonly WordStyleIds ids;
    private readonly RuleMeasurements rules;
    private readonly NumberingPartBuilder numbering;
    private readonly Dictionary<(TextContext Context, string? StyleClass), StyleProperties> directCache = [];
    private bool pendingPageBreak;

    /// <summary>Prepares the builder.</summary>
    /// <param name="styles">The styles of the render.</param>
    /// <param name="ids">Which classes are which Word styles.</param>
    /// <param name="numbering">Collects the list definitions.</param>
    public DocxBodyBuilder(StyleResolver styles, WordStyleIds ids, NumberingPartBuilder numbering)
    {
        this.styles = styles;
        this.ids = ids;
        this.numbering = numbering;
        rules = new RuleMeasurements(styles);
    }

    /// <summary>Builds the body of the document.</summary>
    /// <param name="sections">Builds section properties and header parts.</param>
    /// <returns>The <c>w:document</c> element.</returns>
    public Document Build(SectionBuilder sections)
    {
        var body = new Body();
        var root = TextContext.Root(styles);
        var sectionList = styles.Document.Sections;
        for (int i = 0; i < sectionList.Count; i++)
        {
            var section = sectionList[i];
            int before = body.ChildElements.Count;
            pendingPageBreak = false;
            WriteBlocks(body, section.Blocks, section.Page.ContentWidthPoints, root, bodyLevel: true);
            pendingPageBreak = false;
            var sectPr = sections.Build(section, this);
            if (i == sectionList.Count - 1)
            {
                body.AppendChild(sectPr);
            }
            else if (body.ChildElements.Count > before && body.LastChild is Paragraph last)
            {
                (last.ParagraphProperties ??= new ParagraphProperties()).AppendChild(sectPr);
            }
            else
            {
                body.AppendChild(new Paragraph(new ParagraphProperties(sectPr)));
            }
        }

        var document = new Document(body);
        document.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return document;
    }

    /// <summary>Builds the paragraphs of a page header.</summary>
    /// <param name="paragraphs">The header's paragraphs.</param>
    /// <returns>The <c>w:hdr</c> element.</returns>
    public Header BuildHeader(IReadOnlyList<LayoutParagraph> paragraphs)
    {
        var header = new Header();
        var root = TextContext.Root(styles);
        foreach (var paragraph in paragraphs)
        {
            header.AppendChild(BuildParagraph(paragraph, root));
        }

        return header;
    }

    private void WriteBlocks(OpenXmlCompositeElement container, IReadOnlyList<LayoutBlock> blocks, double available, TextContext context, bool bodyLevel)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    container.AppendChild(BuildParagraph(paragraph, context));
                    break;
                case LayoutList list:
                    WriteList(container, list, context);
                    break;
                case LayoutRule rule:
                    container.AppendChild(BuildRule(rule, available));
                    break;
                case LayoutTable table:
                    FlushPageBreak(container);
                    if (container.LastChild is Table)
                    {
                        // Word joins two tables that touch into one; a 1 pt paragraph keeps them apart.
                        container.AppendChild(Spacer());
                    }

                    container.AppendChild(BuildTable(table, available, context));
                    break;
                case LayoutPageBreak:
                    pendingPageBreak = bodyLevel;
                    break;
            }
        }
    }

    private Paragraph BuildParagraph(LayoutParagraph paragraph, TextContext context)
    {
        if (styles.Document.IsRuleTarget(paragraph))
        {
            rules.Record(paragraph, context.Effective(paragraph.ClassName));
        }

        string? styleClass = paragraph.ClassName ?? context.ParagraphStyleClass;
        var direct = Direct(context, styleClass);
        var result = new Paragraph();
        var pPr = StartParagraphProperties(styleClass, paragraph.KeepWithNext, direct);
        if (pPr is not null)
        {
            result.AppendChild(pPr);
        }

        AppendRuns(result, paragraph.Content, direct);
        return result;
    }

    private void WriteList(OpenXmlCompositeElement container, LayoutList list, TextContext context)
    {
        var inside = context.Enter(list.ClassName);
        int numberId = numbering.NumberIdFor(list.Marker);
        foreach (var item in list.Items)
        {
            string? styleClass = item.ClassName ?? inside.ParagraphStyleClass;
            var direct = Direct(inside, styleClass);
            var pPr = new ParagraphProperties();
            if (styleClass is not null)
            {
                pPr.AppendChild(new ParagraphStyleId { Val = styleClass });
            }

            if (pendingPageBreak)
            {
                pPr.AppendChild(new PageBreakBefore());
                pendingPageBreak = false;
            }

            pPr.AppendChild(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberId }));

            // Word and LibreOffice let a numbered paragraph's list level decide its indents unless the paragraph
            // itself sets them, so the item's own indents (style and inherited) are repeated as direct formatting.
            var effective = inside.Effective(item.ClassName);
            AppendDirectParagraph(pPr, direct with
            {
                MarginLeft = effective.MarginLeft ?? 0,
                MarginRight = effective.MarginRight ?? 0,
                TextIndent = effective.TextIndent ?? 0,
            });
            var result = new Paragraph(pPr);
            AppendRuns(result, item.Content, direct);
            container.AppendChild(result);
        }
    }

    private Paragraph BuildRule(LayoutRule rule, double available)
    {
        double length = rules.LengthOf(rule, available);
        double rest = Math.Max(available - length, 0);
        var (left, right) = rule.Alignment switch
        {
            RuleAlignment.Left => (0.0, rest),
            RuleAlignment.Right => (rest, 0.0),
            _ => (rest / 2, rest / 2),
        };
        var properties = styles.Class(rule.ClassName);
        var pPr = new ParagraphProperties();
        if (pendingPageBreak)
        {
            pPr.AppendChild(new PageBreakBefore());
            pendingPageBreak = false;
        }

        pPr.AppendChild(new ParagraphBorders(WordUnits.Border<TopBorder>(styles.RuleLine(rule))));
        pPr.AppendChild(new SpacingBetweenLines
        {
            Before = WordUnits.TwipsText(properties.MarginTop ?? 0),
            After = WordUnits.TwipsText(properties.MarginBottom ?? 0),
            Line = "20",
            LineRule = LineSpacingRuleValues.Exact,
        });
        pPr.AppendChild(new Indentation { Left = WordUnits.TwipsText(left), Right = WordUnits.TwipsText(right), FirstLine = "0" });
        return new Paragraph(pPr);
    }

    /// <summary>The pPr of a paragraph: style, keep-with-next, a pending page break, and direct formatting inherited from containers.</summary>
    private ParagraphProperties? StartParagraphProperties(string? styleClass, bool keepWithNext, StyleProperties direct)
    {
        if (styleClass is null && !keepWithNext && !pendingPageBreak && ReferenceEquals(direct, StyleProperties.Empty))
        {
            return null;
        }

        var pPr = new ParagraphProperties();
        if (styleClass is not null)
        {
            pPr.AppendChild(new ParagraphStyleId { Val = styleClass });
        }

        if (keepWithNext)
        {
            pPr.AppendChild(new KeepNext());
        }

        if (pendingPageBreak)
        {
            pPr.AppendChild(new PageBreakBefore());
            pendingPageBreak = false;
        }

        AppendDirectParagraph(pPr, direct);
        return pPr;
    }

    private static void AppendDirectParagraph(ParagraphProperties pPr, StyleProperties direct)
    {
        if (ReferenceEquals(direct, StyleProperties.Empty))
        {
            return;
        }

        WordFormatting.AppendParagraph(pPr, direct, borders: false);
        if (direct.HasRunProperties)
        {
            var mark = new ParagraphMarkRunProperties();
            WordFormatting.AppendRun(mark, direct);
            pPr.AppendChild(mark);
        }
    }

    /// <summary>
    /// The formatting a paragraph styled <paramref name="styleClass"/> must carry directly to look as CSS inheritance
    /// makes it look: the containers' text properties its style does not set. Empty (the same instance) when none.
    /// </summary>
    private StyleProperties Direct(TextContext context, string? styleClass)
    {
        if (context.IsEmpty)
        {
            return StyleProperties.Empty;
        }

        if (!directCache.TryGetValue((context, styleClass), out var direct))
        {
            direct = context.Inherited.Without(styles.Class(styleClass));
            if (!direct.HasTextProperties)
            {
                direct = StyleProperties.Empty;
            }

            directCache.Add((context, styleClass), direct);
        }

        return direct;
    }

    private void FlushPageBreak(OpenXmlCompositeElement container)
    {
        if (pendingPageBreak)
        {
            container.AppendChild(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            pendingPageBreak = false;
        }
    }

    private static Paragraph Spacer() => new(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }));
}
