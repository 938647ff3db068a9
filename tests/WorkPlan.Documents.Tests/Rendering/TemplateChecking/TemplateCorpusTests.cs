using System.Text;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>
/// The shared corpus of broken template sets (tests/TemplateCorpus/&lt;case&gt;/: override files and expected.txt):
/// the checker reports exactly the expected diagnostics, at the expected file, line and column.
/// </summary>
public sealed class TemplateCorpusTests
{
    private static readonly string Corpus = FindCorpus();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string folder in Directory.GetDirectories(Corpus).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_checker_reports_each_case_at_its_file_line_and_column(string name)
    {
        string folder = Path.Combine(Corpus, name);
        var overrides = Directory.GetFiles(folder)
            .Where(f => Path.GetFileName(f) != "expected.txt")
            .Select(f => new KeyValuePair<string, string>(Path.GetFileName(f), File.ReadAllText(f, Encoding.UTF8)))
            .ToList();
        string[] expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(l => l.Length > 0).ToArray();

        TemplateCheckResult result = TemplateChecker.Check(Nd30Templates.Default, overrides, TemplateModelShape.FromViewModel());

        string[] actual = result.Diagnostics
            .Select(d => $"{d.File}({d.Line},{d.Column}): {(d.Severity == TemplateDiagnosticSeverity.Error ? "error" : d.Severity == TemplateDiagnosticSeverity.Warning ? "warning" : "info")} {d.Id}")
            .ToArray();
        Assert.True(expected.SequenceEqual(actual), "Expected:\n" + string.Join("\n", expected) + "\nActual:\n" + result);
    }

    [Fact]
    public void The_default_set_has_no_diagnostics()
    {
        TemplateCheckResult result = Nd30Templates.Default.Validate();

        Assert.True(result.Diagnostics.Count == 0, result.ToString());
        Assert.False(result.HasErrors);
    }

    private static string FindCorpus()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "tests", "TemplateCorpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/TemplateCorpus not found above " + AppContext.BaseDirectory);
    }
}
