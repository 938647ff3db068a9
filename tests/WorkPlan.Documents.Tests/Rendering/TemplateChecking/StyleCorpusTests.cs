using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>
/// The markup and style cases of the shared corpus (tests/TemplateCorpus/&lt;case&gt;/: override files and
/// expected.txt): the checker reports exactly the expected markup and style lines, and a render of the seed, where it
/// fails at all, fails at one of them (same file and line).
/// </summary>
public sealed class StyleCorpusTests
{
    private static readonly string[] StyleIds = ["WPT0020", "WPT0021", "WPT0022", "WPT0023", "WPT0024", "WPT0025", "WPT0100"];

    public static TheoryData<string> Cases()
    {
        var cases = new TheoryData<string>();
        foreach (string folder in Directory.GetDirectories(RenderingTestData.RepositoryFile("tests/TemplateCorpus")).OrderBy(f => f, StringComparer.Ordinal))
        {
            if (Expected(folder).Count > 0)
            {
                cases.Add(Path.GetFileName(folder));
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_checker_reports_the_expected_markup_and_style_diagnostics(string name)
    {
        string folder = Path.Combine(RenderingTestData.RepositoryFile("tests/TemplateCorpus"), name);

        var actual = TemplateChecker.Check(Nd30Templates.Default, Overrides(folder), TemplateModelShape.FromViewModel())
            .Diagnostics
            .Where(d => StyleIds.Contains(d.Id))
            .Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}")
            .OrderBy(l => l, StringComparer.Ordinal);

        Assert.Equal(Expected(folder).OrderBy(l => l, StringComparer.Ordinal), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_render_of_the_seed_that_fails_fails_at_an_expected_file_and_line(string name)
    {
        string folder = Path.Combine(RenderingTestData.RepositoryFile("tests/TemplateCorpus"), name);
        var renderer = new WorkPlan.Documents.Rendering.WorkProgrammeRenderer(Nd30Templates.Default.WithOverrides(Overrides(folder)));

        string? at = null;
        try
        {
            renderer.RenderLayout(Renderers.Seed(), null, default);
        }
        catch (TemplateException e)
        {
            at = $"{e.SourcePath}({e.Line},";
        }
        catch (StyleSheetException e)
        {
            at = $"{e.SourceName}({e.Line},";
        }

        if (at is not null)
        {
            Assert.Contains(Expected(folder), line => line.StartsWith(at, StringComparison.Ordinal));
        }
    }

    private static List<string> Expected(string folder)
    {
        string path = Path.Combine(folder, "expected.txt");
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => StyleIds.Any(id => l.EndsWith(" " + id, StringComparison.Ordinal))).ToList()
            : [];
    }

    private static List<KeyValuePair<string, string>> Overrides(string folder) =>
        Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) != "expected.txt")
            .Select(f => new KeyValuePair<string, string>(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
}
