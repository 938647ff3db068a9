#if !NETSTANDARD_LEG
// One leg is enough: the golden files prove both builds of the library write the same documents, and converting
// them twice would only double the minutes spent in LibreOffice and Chromium.
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>
/// Each case's .docx printed to PDF by LibreOffice and its HTML printed to PDF by headless Chromium: the text
/// pdftotext extracts from both holds every schedule entry in order, the page counts differ by at most one, and no
/// page before the last is more than a quarter empty (a day group that does not fit splits instead of moving over).
/// The cases: the seed; the seed with its schedule in the landscape annex; the benchmarks' 10× programme (the seed's
/// days laid end to end over 310 days of 2021); the week 10–16/5/2021 as a notice with the weekly columns.
/// </summary>
public sealed class InteroperabilityTests : IClassFixture<InteroperabilityTests.Conversions>
{
    private readonly Conversions conversions;
    private readonly Xunit.Abstractions.ITestOutputHelper output;

    public InteroperabilityTests(Conversions conversions, Xunit.Abstractions.ITestOutputHelper output)
    {
        this.conversions = conversions;
        this.output = output;
    }

    public static TheoryData<string> Cases => new() { "seed", "seed-annex", "year-10x", "week19-notice" };

    [InteropTheory]
    [MemberData(nameof(Cases))]
    public void LibreOffice_prints_every_schedule_entry_of_the_docx_in_order(string name)
    {
        Result result = conversions.Get(name);
        AssertInOrder(result.Entries, result.DocxText, "LibreOffice PDF of the .docx");
    }

    [InteropTheory]
    [MemberData(nameof(Cases))]
    public void Chromium_prints_every_schedule_entry_of_the_html_in_order(string name)
    {
        Result result = conversions.Get(name);
        AssertInOrder(result.Entries, result.HtmlText, "Chromium PDF of the HTML");
    }

    [InteropTheory]
    [MemberData(nameof(Cases))]
    public void The_page_counts_differ_by_at_most_one(string name)
    {
        Result result = conversions.Get(name);
        output.WriteLine($"{name}: LibreOffice {result.DocxPages} pages, Chromium {result.HtmlPages} pages.");

        Assert.True(
            Math.Abs(result.DocxPages - result.HtmlPages) <= 1,
            $"LibreOffice printed {result.DocxPages} pages, Chromium {result.HtmlPages}.");
    }

    [InteropTheory]
    [MemberData(nameof(Cases))]
    public void No_page_before_the_last_is_more_than_a_quarter_empty_in_either_client(string name)
    {
        Result result = conversions.Get(name);
        output.WriteLine($"{name}: LibreOffice {Describe(result.DocxEmptiness)}");
        output.WriteLine($"{name}: Chromium {Describe(result.HtmlEmptiness)}");

        // The emptiness of a page: the part below its lowest line of text (the 2 cm bottom margin, 7 %, included).
        // A section's last page (the body's before the annex) may end where its text ends, as the last page does.
        Assert.True(Filled(result.DocxEmptiness, result.DocxSectionEnds), "LibreOffice: " + Describe(result.DocxEmptiness));
        Assert.True(Filled(result.HtmlEmptiness, result.HtmlSectionEnds), "Chromium: " + Describe(result.HtmlEmptiness));
    }

    private static bool Filled(IReadOnlyList<double> emptiness, IReadOnlySet<int> sectionEnds) =>
        emptiness.SkipLast(1).Select((e, i) => sectionEnds.Contains(i) || e <= 0.25).All(ok => ok);

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
        IReadOnlyList<string> Entries,
        string DocxText,
        string HtmlText,
        int DocxPages,
        int HtmlPages,
        IReadOnlyList<double> DocxEmptiness,
        IReadOnlyList<double> HtmlEmptiness,
        IReadOnlySet<int> DocxSectionEnds,
        IReadOnlySet<int> HtmlSectionEnds);

    /// <summary>Renders and converts once for the whole class, on first use (never when the tests are skipped).</summary>
    public sealed class Conversions : IDisposable
    {
        private readonly string folder = Path.Combine(Path.GetTempPath(), "workplan-interop-" + Guid.NewGuid().ToString("N"));
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Result>> results = new(StringComparer.Ordinal);

        public Result Get(string name) => results.GetOrAdd(name, n => new Lazy<Result>(() => Convert(n))).Value;

        public void Dispose()
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static (WorkProgramme Programme, RenderOptions? Options) Case(string name) => name switch
        {
            "seed" => (Renderers.Seed(), null),
            "seed-annex" => (Renderers.Seed(), new RenderOptions { SchedulePlacement = SchedulePlacement.Annex }),
            "year-10x" => (Benchmarks.Inputs.ProgrammeScaler.Year(Renderers.Seed()), null),
            "week19-notice" => (RenderingGoldenTests.Week19(DocumentKind.Notice), new RenderOptions { Columns = ScheduleColumns.Weekly }),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown interoperability case."),
        };

        private Result Convert(string name)
        {
            string folder = Path.Combine(this.folder, name);
            Directory.CreateDirectory(folder);
            var (programme, options) = Case(name);
            string docx = Path.Combine(folder, name + ".docx");
            string html = Path.Combine(folder, name + ".html");
            File.WriteAllBytes(docx, Renderers.Default.RenderDocx(programme, options));
            File.WriteAllText(html, Renderers.Default.RenderHtml(programme, options), new UTF8Encoding(false));

            ExternalTools.Run(
                "soffice",
                ["--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(folder, "libreoffice-profile")).AbsoluteUri,
                 "--convert-to", "pdf", "--outdir", Path.Combine(folder, "docx"), docx],
                TimeSpan.FromMinutes(5));
            string htmlPdf = Path.Combine(folder, "html", name + ".pdf");
            Directory.CreateDirectory(Path.GetDirectoryName(htmlPdf)!);
            ExternalTools.Run(
                "chromium",
                ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--user-data-dir=" + Path.Combine(folder, "chromium-profile"),
                 "--no-pdf-header-footer", "--print-to-pdf=" + htmlPdf, new Uri(html).AbsoluteUri],
                TimeSpan.FromMinutes(2));

            string docxPdf = Path.Combine(folder, "docx", name + ".pdf");
            ProgrammeViewModel model = Renderers.Default.CreateViewModel(programme, options);
            var entries = model.Schedule.Days.SelectMany(d => d.Rows).Where(r => r.Entry is not null)
                .Select(r => Normalize(r.Entry!.Content)).ToList();

            // With the schedule in the annex, the body (portrait) ends on the page before the annex's first, whose
            // label "Phụ lục" starts the landscape section.
            IReadOnlySet<int> docxEnds = SectionEnds(docxPdf, options);
            IReadOnlySet<int> htmlEnds = SectionEnds(htmlPdf, options);
            return new Result(
                entries, Text(docxPdf), Text(htmlPdf), Pages(docxPdf), Pages(htmlPdf), Emptiness(docxPdf), Emptiness(htmlPdf), docxEnds, htmlEnds);
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

        private static HashSet<int> SectionEnds(string pdf, RenderOptions? options)
        {
            if (options?.SchedulePlacement != SchedulePlacement.Annex)
            {
                return new HashSet<int>();
            }

            // pdftotext separates pages with a form feed; the annex's first page is the one whose first line (or the
            // line after the page number, were one printed there) is its label.
            string[] pages = ExternalTools.Run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromMinutes(1)).Split('\f');
            int annex = Array.FindIndex(pages, p => p.Normalize(NormalizationForm.FormC).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(2).Contains("Phụ lục"));
            return annex > 0 ? new HashSet<int> { annex - 1 } : throw new InvalidOperationException($"No page of {pdf} starts with the annex label \"Phụ lục\".");
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
