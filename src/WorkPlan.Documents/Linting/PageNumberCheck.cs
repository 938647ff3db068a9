using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// ND30-06 to ND30-09: page numbers in Arabic digits, 13–14 pt, upright, centred in the header, not on page 1.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class PageNumberCheck
{
    private static readonly Regex NonArabic = new(@"\\\*\s*(roman|alphabetic|ordtext|cardtext)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly TextExpectation Number = new(13, 14, Bold: null, Italic: false);

    /// <summary>Checks the page numbers.</summary>
    /// <param name="sections">The body's sections.</param>
    /// <param name="headers">Each section's headers and footers by reference type, as scanned (null where the section names none).</param>
    /// <param name="pages">The page count the producing application recorded (docProps/app.xml), or null.</param>
    /// <param name="report">The report.</param>
    internal static void Run(IReadOnlyList<DocxSection> sections, IReadOnlyList<SectionHeaders> headers, int? pages, LintReport report)
    {
        var numbered = headers.SelectMany(h => h.All).Distinct().SelectMany(p => p.Paragraphs).Where(p => p.PageField is not null).ToList();
        if (numbered.Count == 0)
        {
            if (pages is not 1)
            {
                report.Add(Nd30Rules.PageNumberMissing, LintText.Of("Element_PageNumbers"), LintText.Of("Found_NoPageField"), LintText.Of("Required_PageNumbers"));
            }

            return;
        }

        var reported = new HashSet<DocxParagraph>();
        foreach (DocxParagraph paragraph in numbered)
        {
            if (paragraph.Part.StartsWith("footer", StringComparison.Ordinal))
            {
                report.Add(Nd30Rules.PageNumberPosition, paragraph, LintText.Of("Element_PageNumber"), LintText.Of("Found_InFooter"), LintText.Of("Required_PageNumberPosition"));
            }
            else if (!paragraph.Format.IsCentred)
            {
                report.Add(Nd30Rules.PageNumberPosition, paragraph, LintText.Of("Element_PageNumber"), LintText.Aligned(paragraph.Format.Alignment), LintText.Of("Required_PageNumberPosition"));
            }

            var runs = paragraph.Runs.Any(r => r.CarriesText) ? paragraph.Runs : [new DocxRun("1", paragraph.Mark, 0)];
            LocalizedText? style = Number.Deviations(runs);
            bool roman = NonArabic.IsMatch(paragraph.PageField!);
            if ((style is not null || roman) && reported.Add(paragraph))
            {
                LocalizedText found = LintText.List(new[] { style, roman ? LintText.Of("Found_NotArabic", paragraph.PageField) : null }.OfType<LocalizedText>());
                report.Add(Nd30Rules.PageNumberFormat, paragraph, LintText.Of("Element_PageNumber"), found, LintText.Of("Required_Arabic", Number.Required));
            }
        }

        foreach (DocxSection section in sections)
        {
            string? format = section.Properties?.GetFirstChild<PageNumberType>()?.Format?.InnerText;
            if (format is not null && format != "decimal")
            {
                report.Add(Nd30Rules.PageNumberFormat, section, LintText.Of("Element_PageNumber"), LintText.Of("Found_NumberedAs", format), LintText.Of("Required_Decimal"));
            }
        }

        // Page 1 is the first page of the first section: its first-page header when w:titlePg is on, else its default one.
        SectionHeaders first = headers[0];
        bool titlePage = RunFormat.OnOff(sections[0].Properties?.GetFirstChild<TitlePage>()) == true;
        ScannedHeader? shown = titlePage ? first.First : first.Default;
        DocxParagraph? onFirst = shown?.Paragraphs.FirstOrDefault(p => p.PageField is not null);
        if (onFirst is not null)
        {
            report.Add(
                Nd30Rules.PageNumberOnFirstPage,
                onFirst,
                LintText.Of("Element_PageNumber"),
                LintText.Of(titlePage ? "Found_ShownOnFirstPageField" : "Found_ShownOnFirstPageNoTitlePage"),
                LintText.Of("Required_NoFirstPageNumber"));
        }
    }
}
