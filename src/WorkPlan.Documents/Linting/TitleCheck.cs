namespace WorkPlan.Documents.Linting;

/// <summary>ND30-19 to ND30-21: the tên loại, the trích yếu and the line under it.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TitleCheck
{
    private static readonly TextExpectation DocumentType = new(13, 14, Bold: true, Italic: false, Capitals: true);
    private static readonly TextExpectation Abstract = new(13, 14, Bold: true, Italic: false);

    internal static void Run(DocumentParts parts, IReadOnlyList<DocxParagraph> all, LintReport report)
    {
        if (parts.DocumentType is not { } type)
        {
            return;
        }

        Centred(report, Nd30Rules.DocumentType, type, "tên loại", DocumentType);
        foreach (DocxParagraph line in parts.Abstract)
        {
            Centred(report, Nd30Rules.Abstract, line, "trích yếu", Abstract);
        }

        if (parts.Abstract.Count > 0 && !RuleLine.Below(parts.Abstract[^1], all))
        {
            DocxParagraph last = parts.Abstract[^1];
            report.Add(Nd30Rules.AbstractRule, last, "line under the trích yếu",
                RuleLine.Underlined(last.Runs) ? "the trích yếu is underlined instead (a line as long as the text)" : "no line",
                "a solid line 1/3 to 1/2 as long as the trích yếu, centred under it");
        }
    }

    private static void Centred(LintReport report, Nd30Rule rule, DocxParagraph paragraph, string element, TextExpectation expected)
    {
        string? found = expected.Deviations(paragraph.Runs);
        if (!paragraph.Format.IsCentred)
        {
            found = (found is null ? string.Empty : found + ", ") + $"aligned {paragraph.Format.Alignment ?? "left"}";
        }

        if (found is not null)
        {
            report.Add(rule, paragraph, element, found, "centred, " + expected.Required);
        }
    }
}
