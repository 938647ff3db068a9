#if !NETSTANDARD_LEG
// One leg is enough: the golden files prove both builds of the library write the same documents, and converting
// them twice would only double the minutes spent in LibreOffice and Chromium.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>
/// The seed's .docx printed to PDF by LibreOffice and its HTML printed to PDF by headless Chromium: the text
/// pdftotext extracts from both holds every schedule entry in order, the page counts differ by at most one, and no
/// page before the last is more than a quarter empty (a day group that does not fit splits instead of moving over).
/// </summary>
public sealed class InteroperabilityTests : IClassFixture<InteroperabilityTests.Conversions>
{
    private readonly Conversions conversions;

    public InteroperabilityTests(Conversions conversions) => this.conversions = conversions;

    [InteropFact]
    public void LibreOffice_prints_every_schedule_entry_of_the_docx_in_order()
    {
        AssertInOrder(conversions.Value.Entries, conversions.Value.DocxText, "LibreOffice PDF of the .docx");
    }

    [InteropFact]
    public void Chromium_prints_every_schedule_entry_of_the_html_in_order()
    {
        AssertInOrder(conversions.Value.Entries, conversions.Value.HtmlText, "Chromium PDF of the HTML");
    }

    [InteropFact]
    public void The_page_counts_differ_by_at_most_one()
    {
        Result result = conversions.Value;

        Assert.True(
            Math.Abs(result.DocxPages - result.HtmlPages) <= 1,
            $"LibreOffice printed {result.DocxPages} pages, Chromium {result.HtmlPages}.");
    }

    [InteropFact]
    public void No_page_before_the_last_is_more_than_a_quarter_empty_in_either_client()
    {
        Result result = conversions.Value;

        // The emptiness of a page: the part below its lowest line of text (the 2 cm bottom margin, 7 %, included).
        Assert.True(result.DocxEmptiness.SkipLast(1).All(e => e <= 0.25), "LibreOffice: " + Describe(result.DocxEmptiness));
        Assert.True(result.HtmlEmptiness.SkipLast(1).All(e => e <= 0.25), "Chromium: " + Describe(result.HtmlEmptiness));
    }

    private static string Describe(IReadOnlyList<double> emptiness) =>
        string.Join(", ", emptiness.Select((e, i) => $"page {i + 1} {e:P0} empty"));

    private static void AssertInOrder(IReadOnlyList<string> entries, string text, string what)
    {
        int position = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            int found = text.IndexOf(entries[i], position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"{what}: entry {i + 1} of {entries.Count} not found after position {position}: \"{entries[i]}\".");
            position = found + entries[i].Length;
        }
    }

    /// <summary>
    /// Removes all white space and normalises to NFC: a cell's text wraps at different places in the two PDFs, and a
    /// line broken after a hyphen ("2016-" / "2020") leaves no space to collapse to.
    /// </summary>
    private static string Normalize(string text) =>
        Regex.Replace(text.Normalize(NormalizationForm.FormC), @"\s+", string.Empty);

    public sealed record Result(
        IReadOnlyList<string> Entries, string DocxText, string HtmlText, int DocxPages, int HtmlPages, IReadOnlyList<double> DocxEmptiness, IReadOnlyList<double> HtmlEmptiness);

    /// <summary>Renders and converts once for the whole class, on first use (never when the tests are skipped).</summary>
    public sealed class Conversions : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "workplan-interop-" + Guid.NewGuid().ToString("N"));
        private readonly Lazy<Result> result;

        public Conversions() => result = new Lazy<Result>(Convert);

        public Result Value => result.Value;

        public void Dispose()
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private Result Convert()
        {
            Directory.CreateDirectory(folder);
            var programme = Renderers.Seed();
            string docx = Path.Combine(folder, "seed.docx");
            string html = Path.Combine(folder, "seed.html");
            File.WriteAllBytes(docx, Renderers.Default.RenderDocx(programme));
            File.WriteAllText(html, Renderers.Default.RenderHtml(programme), new UTF8Encoding(false));

            ExternalTools.Run(
                "soffice",
                ["--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(folder, "libreoffice-profile")).AbsoluteUri,
                 "--convert-to", "pdf", "--outdir", Path.Combine(folder, "docx"), docx],
                TimeSpan.FromMinutes(3));
            string htmlPdf = Path.Combine(folder, "html", "seed.pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(htmlPdf)!);
            ExternalTools.Run(
                "chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(folder, "chromium-profile"),
                 "--no-pdf-header-footer", "--print-to-pdf=" + htmlPdf, new Uri(html).AbsoluteUri],
                TimeSpan.FromMinutes(2));

            string docxPdf = Path.Combine(folder, "docx", "seed.pdf");
            ProgrammeViewModel model = Renderers.Default.CreateViewModel(programme);
            var entries = model.Schedule.Days.SelectMany(d => d.Rows).Where(r => r.Entry is not null)
                .Select(r => Normalize(r.Entry!.Content)).ToList();
            return new Result(entries, Text(docxPdf), Text(htmlPdf), Pages(docxPdf), Pages(htmlPdf), Emptiness(docxPdf), Emptiness(htmlPdf));
        }

        // Per page, the fraction of its height below the lowest word (pdftotext -bbox: one <page> per page, a yMax per word).
        private static List<double> Emptiness(string pdf)
        {
            string boxes = ExternalTools.Run("pdftotext", ["-bbox", pdf, "-"], TimeSpan.FromMinutes(1));
            var pages = new List<double>();
            foreach (Match page in Regex.Matches(boxes, @"<page width=""[\d.]+"" height=""(?<height>[\d.]+)"">(?<words>.*?)</page>", RegexOptions.Singleline))
            {
                double height = double.Parse(page.Groups["height"].Value, CultureInfo.InvariantCulture);
                double lowest = Regex.Matches(page.Groups["words"].Value, @"yMax=""(?<y>[\d.]+)""")
                    .Select(m => double.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture))
                    .DefaultIfEmpty(0)
                    .Max();
                pages.Add(1 - (lowest / height));
            }

            return pages.Count > 0 ? pages : throw new InvalidOperationException($"pdftotext -bbox found no page in {pdf}.");
        }

        private static string Text(string pdf) =>
            Normalize(ExternalTools.Run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromMinutes(1)));

        private static int Pages(string pdf)
        {
            Match pages = Regex.Match(ExternalTools.Run("pdfinfo", [pdf], TimeSpan.FromMinutes(1)), @"^Pages:\s+(\d+)", RegexOptions.Multiline);
            return pages.Success ? int.Parse(pages.Groups[1].Value, CultureInfo.InvariantCulture) : throw new InvalidOperationException($"pdfinfo gave no page count for {pdf}.");
        }
    }
}
#endif
