using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Benchmarks.Content;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Fonts;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WorkPlan.Documents.Benchmarks.Floor;

/// <summary>
/// The floor's main document part, built directly with the Open XML SDK's typed elements: the header table, title,
/// focus tasks, schedule table and closing table of the default ND30 layout, with the page geometry of
/// document.sbn-html (A4 portrait, margins 20/20/30/15 mm) worked out here in points as Word needs it.
/// </summary>
/// <remarks>
/// The only library code it calls is the font metrics table (<see cref="TextMeasurer"/>), to give the rules under
/// the agency name, the motto and the abstract their measured length; everything else is written by hand.
/// </remarks>
internal static class FloorBody
{
    private const double PointsPerMm = 72.0 / 25.4;
    private static readonly double ContentWidth = (210 * PointsPerMm) - (30 * PointsPerMm) - (15 * PointsPerMm);

    public static Document Build(DocumentContent content)
    {
        var body = new Body();
        body.Append(Before(content));
        body.AppendChild(FloorSchedule.Table(content, ContentWidth));
        body.Append(After(content));
        var document = new Document(body);
        foreach (KeyValuePair<string, string> ns in Namespaces)
        {
            document.AddNamespaceDeclaration(ns.Key, ns.Value);
        }

        return document;
    }

    /// <summary>The namespace declarations of the document element.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Namespaces { get; } =
    [
        new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ];

    /// <summary>The width of the text area in points: the schedule table's width.</summary>
    public static double TextWidth => ContentWidth;

    /// <summary>The body's elements before the schedule table: header table, title, abstract, focus tasks, heading.</summary>
    public static IEnumerable<OpenXmlElement> Before(DocumentContent content)
    {
        WorkProgramme programme = content.Programme;
        yield return HeaderTable(programme);
        yield return Paragraph("document-type", keepNext: true, Run(DocumentContent.DocumentType));
        yield return Paragraph("abstract", keepNext: true, Run(programme.Abstract));
        yield return Rule(ContentWidth, Width(programme.Abstract, bold: true, caps: false, 14), 1.0 / 3, after: 9, before: 6);
        if (content.FocusHeadingLine is not null)
        {
            yield return Paragraph("section-heading", keepNext: true, Run(content.FocusHeadingLine));
            foreach (string task in programme.FocusTasks.Tasks)
            {
                yield return new Paragraph(
                    new ParagraphProperties(
                        new ParagraphStyleId { Val = "focus-task" },
                        new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }),
                        new Indentation { Left = "0", Right = "0", FirstLine = "567" }),
                    Run(task));
            }
        }

        yield return Paragraph("section-heading", keepNext: true, Run(content.ScheduleHeadingLine));
    }

    /// <summary>The body's elements after the schedule table: a spacer, the closing table, the section properties.</summary>
    public static IEnumerable<OpenXmlElement> After(DocumentContent content)
    {
        yield return new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }));
        yield return ClosingTable(content.Programme, content);
        yield return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader1" },
            new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdHeader2" },
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 850U, Bottom = 1134, Left = 1701U, Header = 567U, Footer = 567U, Gutter = 0U },
            new TitlePage());
    }

    public static Paragraph Paragraph(string style, bool keepNext, params OpenXmlElement[] runs)
    {
        var pPr = new ParagraphProperties(new ParagraphStyleId { Val = style });
        if (keepNext)
        {
            pPr.AppendChild(new KeepNext());
        }

        var paragraph = new Paragraph(pPr);
        paragraph.Append(runs);
        return paragraph;
    }

    public static Run Run(string text)
    {
        var element = new WordText(text);
        if (text.Length > 0 && (text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal)))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Run(element);
    }

    /// <summary>The runs of lines separated by line breaks.</summary>
    public static OpenXmlElement[] Lines(IReadOnlyList<string> lines)
    {
        var runs = new List<OpenXmlElement>((lines.Count * 2) - 1);
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                runs.Add(new Run(new Break()));
            }

            runs.Add(Run(lines[i]));
        }

        return [.. runs];
    }

    private static Table HeaderTable(WorkProgramme programme)
    {
        double left = ContentWidth * 41 / 100.0;
        double right = ContentWidth * 59 / 100.0;
        Table table = FloorTables.Start(ContentWidth, [left, right], borders: false, cellTop: 0, cellSide: 0);

        var agency = new TableCell(FloorTables.CellProperties(left));
        if (programme.Agency.ParentLines.Count > 0)
        {
            agency.AppendChild(Paragraph("parent-agency", keepNext: false, Lines(programme.Agency.ParentLines)));
        }

        agency.AppendChild(Paragraph("agency-name", keepNext: false, Lines(programme.Agency.NameLines)));
        double agencyWidth = programme.Agency.NameLines.Max(line => Width(line, bold: true, caps: true, 12));
        agency.AppendChild(Rule(left, agencyWidth, 0.4, after: 0));

        var nation = new TableCell(
            FloorTables.CellProperties(right),
            Paragraph("national-name", keepNext: false, Run(DocumentContent.NationalName)),
            Paragraph("motto", keepNext: false, Run(DocumentContent.Motto)),
            Rule(right, Width(DocumentContent.Motto, bold: true, caps: false, 14), 1, after: 0));
        table.AppendChild(new TableRow(agency, nation));
        table.AppendChild(new TableRow(
            new TableCell(FloorTables.CellProperties(left), Paragraph("document-number", keepNext: false, Run(programme.Identity.NumberLine))),
            new TableCell(FloorTables.CellProperties(right), Paragraph("place-date", keepNext: false, Run(programme.Identity.PlaceAndDateLine)))));
        return table;
    }

    private static Table ClosingTable(WorkProgramme programme, DocumentContent content)
    {
        double left = ContentWidth * 45 / 100.0;
        double right = ContentWidth * 55 / 100.0;
        Table table = FloorTables.Start(ContentWidth, [left, right], borders: false, cellTop: 12, cellSide: 0);
        var recipients = new TableCell(FloorTables.CellProperties(left), Paragraph("recipients-label", keepNext: false, Run(DocumentContent.RecipientsLabel)));
        foreach (string line in content.RecipientLines)
        {
            recipients.AppendChild(Paragraph("recipient", keepNext: false, Run(line)));
        }

        var signature = new TableCell(FloorTables.CellProperties(right));
        foreach (string line in programme.Signature.AuthorityLines)
        {
            signature.AppendChild(Paragraph("signature-authority", keepNext: false, Run(line)));
        }

        signature.AppendChild(Paragraph("signature-title", keepNext: false, Run(programme.Signature.SignerTitle)));
        signature.AppendChild(Paragraph("signer-name", keepNext: false, Run(programme.Signature.SignerName)));
        table.AppendChild(new TableRow(recipients, signature));
        return table;
    }

    /// <summary>A centred line, a fraction of a text's width long: an empty paragraph with a top border, indented.</summary>
    private static Paragraph Rule(double available, double textWidth, double fraction, double after, double before = 3)
    {
        double length = Math.Round(Math.Min(fraction * textWidth, available) * 20.0, MidpointRounding.AwayFromZero) / 20.0;
        string indent = FloorTables.Twips(Math.Max(available - length, 0) / 2);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Color = "000000", Size = 6U, Space = 0U }),
            new SpacingBetweenLines { Before = FloorTables.Twips(before), After = FloorTables.Twips(after), Line = "20", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = indent, Right = indent, FirstLine = "0" }));
    }

    private static double Width(string text, bool bold, bool caps, double size) =>
        TextMeasurer.Measure(caps ? text.ToUpperInvariant() : text, FontFace.Select(bold, italic: false), size);
}
