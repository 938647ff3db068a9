using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// ND30-22 and ND30-23: the body text outside tables — 13–14 pt; justified, first line indented 1 cm or 1.27 cm,
/// at least 6 pt between paragraphs, lines spaced between single and 1.5 lines. Nghị định 30 sets no rule for the
/// text of tables, so table cells are not checked here.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class BodyCheck
{
    private const int Cm = 567;
    /// <summary>Half a millimetre in twips: tools round 1 cm and 1.27 cm differently.</summary>
    private const int Tolerance = 28;
    private static readonly TextExpectation Body = new(13, 14, Bold: null, Italic: null);

    internal static void Run(DocumentParts parts, LintReport report)
    {
        DocxParagraph? previous = null;
        foreach (DocxParagraph paragraph in parts.Body)
        {
            if (Body.Deviations(paragraph.Runs) is { } size)
            {
                report.AddGrouped(Nd30Rules.BodyText, paragraph, LintText.Of("Element_BodyText"), size, Body.Required);
            }

            var found = new List<LocalizedText>();
            ParagraphFormat format = paragraph.Format;
            bool heading = paragraph.Runs.Where(r => r.CarriesText).All(r => r.Format.Bold == true);
            if (!heading && !format.IsJustified)
            {
                found.Add(LintText.Aligned(format.Alignment));
            }

            int first = format.FirstLine ?? 0;
            if (!heading && Math.Abs(first - Cm) > Tolerance && Math.Abs(first - 720) > Tolerance)
            {
                found.Add(LintText.Of("Found_FirstLine", Centimetres(first)));
            }

            if (previous is not null && previous.Index == paragraph.Index - 1)
            {
                int between = (previous.Format.After ?? 0) + (format.Before ?? 0);
                if (between < 120)
                {
                    found.Add(LintText.Of("Found_Between", TextExpectation.Points(between / 20.0)));
                }
            }

            if (LineSpacing(paragraph) is { } spacing)
            {
                found.Add(spacing);
            }

            if (found.Count > 0)
            {
                report.AddGrouped(Nd30Rules.BodyParagraph, paragraph, LintText.Of("Element_BodyParagraph"), LintText.List(found), LintText.Of("Required_BodyParagraph"));
            }

            previous = paragraph;
        }
    }

    private static LocalizedText? LineSpacing(DocxParagraph paragraph)
    {
        ParagraphFormat format = paragraph.Format;
        int line = format.Line ?? 240;
        if (format.LineRule is null or "auto")
        {
            return line < 240 - 1 || line > 360 + 1 ? LintText.Of("Found_LineSpacingLines", LocalizedText.Number(line / 240.0, "0.##")) : null;
        }

        // Exactly / at least: compared with the single-line height of the paragraph's largest text (1.15 em for Times New Roman).
        double points = paragraph.Runs.Where(r => r.CarriesText).Select(r => r.Format.Points ?? 10).DefaultIfEmpty(14).Max();
        double single = points;
        double most = points * 1.15 * 1.5;
        double value = line / 20.0;
        return value < single - 0.05 || value > most + 0.05 ? LintText.Of("Found_LineSpacingRule", LintText.Value("LineRule_", format.LineRule), TextExpectation.Points(value)) : null;
    }

    private static LocalizedText Centimetres(int twips) => LocalizedText.Number(twips / (double)Cm, "0.##");
}
