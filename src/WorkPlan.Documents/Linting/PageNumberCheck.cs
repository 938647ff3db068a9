using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

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
                report.Add(Nd30Rules.PageNumberMissing, "page numbers", "no PAGE field in any header", "page numbers from page 2, centred in the top margin");
            }

            return;
        }

        var reported = new HashSet<DocxParagraph>();
        foreach (DocxParagraph paragraph in numbered)
        {
            if (paragraph.Part.StartsWith("footer", StringComparison.Ordinal))
            {
                report.Add(Nd30Rules.PageNumberPosition, paragraph, "page number", "in the footer (bottom margin)", "centred in the top margin (the header)");
            }
            else if (!paragraph.Format.IsCentred)
            {
                report.Add(Nd30Rules.PageNumberPosition, paragraph, "page number", $"aligned {paragraph.Format.Alignment ?? "left"}", "centred in the top margin (the header)");
            }

            var runs = paragraph.Runs.Any(r => r.CarriesText) ? paragraph.Runs : [new DocxRun("1", paragraph.Mark, 0)];
            string? style = Number.Deviations(runs);
            bool roman = NonArabic.IsMatch(paragraph.PageField!);
            if ((style is not null || roman) && reported.Add(paragraph))
            {
                string found = string.Join(", ", new[] { style, roman ? "not Arabic digits (" + paragraph.PageField + ")" : null }.Where(s => s is not null));
                report.Add(Nd30Rules.PageNumberFormat, paragraph, "page number", found, "Arabic digits, " + Number.Required);
            }
        }

        foreach (DocxSection section in sections)
        {
            string? format = section.Properties?.GetFirstChild<PageNumberType>()?.Format?.InnerText;
            if (format is not null && format != "decimal")
            {
                report.Add(Nd30Rules.PageNumberFormat, section, "page number", "numbered as " + format, "Arabic digits (decimal)");
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
                "page number",
                titlePage ? "shown on page 1 (the first-page header has a PAGE field)" : "shown on page 1 (no different first page, w:titlePg)",
                "no number on page 1: a different first page whose header has no page number");
        }
    }
}
