using WorkPlan.Documents.Tests.Common;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>
/// The shared corpus of broken template sets (tests/TemplateCorpus/&lt;case&gt;/: override files and expected.txt):
/// the checker reports exactly the expected diagnostics, at the expected file, line and column.
/// </summary>
public sealed class TemplateCorpusTests
{
    public static TheoryData<string> Cases() => TemplateCorpus.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_checker_reports_each_case_at_its_file_line_and_column(string name)
    {
        List<KeyValuePair<string, string>> overrides = TemplateCorpus.Files(name);
        string[] expected = TemplateCorpus.Expected(name);

        TemplateCheckResult result = TemplateChecker.Check(Nd30Templates.Default, overrides, TemplateModelShape.FromViewModel());

        string[] actual = result.Diagnostics
            .Select(d => $"{d.File}({d.Line},{d.Column}): {(d.Severity == TemplateDiagnosticSeverity.Error ? "error" : d.Severity == TemplateDiagnosticSeverity.Warning ? "warning" : "info")} {d.Id}")
            .ToArray();
        Assert.True(expected.SequenceEqual(actual), "Expected:\n" + string.Join("\n", expected) + "\nActual:\n" + result);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Where_a_render_fails_it_names_the_same_file_and_line(string name)
    {
        var overrides = TemplateCorpus.Files(name).Select(f => (f.Key, f.Value)).ToArray();
        TemplateCheckResult result = TemplateChecker.Check(
            Nd30Templates.Default, overrides.Select(o => new KeyValuePair<string, string>(o.Item1, o.Item2)), TemplateModelShape.FromViewModel());

        (string File, int Line)? error = null;
        try
        {
            Renderers.WithOverrides(overrides).RenderLayout(Samples.FullMonth(), null, default);
        }
        catch (TemplateException e)
        {
            error = (Path.GetFileName(e.SourcePath) ?? string.Empty, e.Line);
        }
        catch (WorkPlan.Documents.Rendering.Styling.StyleSheetException e)
        {
            error = (Path.GetFileName(e.SourceName) ?? string.Empty, e.Line);
        }

        // The render reports only what the seed reaches (here a full month: not a branch it skips, not a file it never reads).
        if (error is { } found)
        {
            Assert.Contains(result.Diagnostics, d => d.File == found.File && d.Line == found.Line);
        }
    }

    [Fact]
    public void The_default_set_has_no_diagnostics()
    {
        TemplateCheckResult result = Nd30Templates.Default.Validate();

        Assert.True(result.Diagnostics.Count == 0, result.ToString());
        Assert.False(result.HasErrors);
    }
}
