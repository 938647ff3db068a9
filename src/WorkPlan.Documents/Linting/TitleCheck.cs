using WorkPlan.Documents.Localization;

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

        Centred(report, Nd30Rules.DocumentType, type, LintText.Name("tên loại"), DocumentType);
        foreach (DocxParagraph line in parts.Abstract)
        {
            Centred(report, Nd30Rules.Abstract, line, LintText.Name("trích yếu"), Abstract);
        }

        if (parts.Abstract.Count > 0 && !RuleLine.Below(parts.Abstract[^1], all))
        {
            DocxParagraph last = parts.Abstract[^1];
            report.Add(Nd30Rules.AbstractRule, last, LintText.Of("Element_AbstractRule"),
                LintText.Of(RuleLine.Underlined(last.Runs) ? "Found_AbstractUnderlined" : "Found_NoLine"),
                LintText.Of("Required_AbstractRule"));
        }
    }

    private static void Centred(LintReport report, Nd30Rule rule, DocxParagraph paragraph, LocalizedText element, TextExpectation expected)
    {
        var found = new List<LocalizedText>();
        if (expected.Deviations(paragraph.Runs) is { } style)
        {
            found.Add(style);
        }

        if (!paragraph.Format.IsCentred)
        {
            found.Add(LintText.Aligned(paragraph.Format.Alignment));
        }

        if (found.Count > 0)
        {
            report.Add(rule, paragraph, element, LintText.List(found), LintText.Of("Required_Centred", expected.Required));
        }
    }
}
