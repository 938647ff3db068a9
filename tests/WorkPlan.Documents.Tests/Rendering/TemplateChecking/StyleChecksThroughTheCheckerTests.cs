using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>The markup and style checks as the checker runs them (the door the generator, the CLI and Validate share).</summary>
public sealed class StyleChecksThroughTheCheckerTests
{
    private static readonly string[] StyleIds = ["WPT0020", "WPT0021", "WPT0022", "WPT0023", "WPT0024", "WPT0025", "WPT0100"];

    private static List<string> StyleDiagnostics(params (string File, string Text)[] overrides) =>
        TemplateChecker.Check(
                Nd30Templates.Default,
                overrides.Select(o => new KeyValuePair<string, string>(o.File, o.Text)),
                TemplateModelShape.FromViewModel())
            .Diagnostics
            .Where(d => StyleIds.Contains(d.Id))
            .Select(d => $"{d.File}({d.Line},{d.Column}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}")
            .ToList();

    [Fact]
    public void The_default_set_gives_no_markup_or_style_diagnostic()
    {
        Assert.Empty(StyleDiagnostics());
    }

    [Fact]
    public void The_stylesheet_bullet_of_the_issue_is_a_warning_at_the_declaration()
    {
        string css = StyleCheckKit.DefaultCssWith(".schedule { font-size: 11pt; }\n");

        Assert.Equal([$"nd30.css({StyleCheckKit.DefaultCssLine(1)},13): warning WPT0025"], StyleDiagnostics(("nd30.css", css)));
    }

    [Fact]
    public void Markup_in_an_untaken_branch_of_the_annex_is_reported()
    {
        string annex = Nd30Templates.ReadFile("annex.sbn-html") + "{{ if false }}\n<p class=\"annex-titel\" align=\"center\">x</p>\n{{ end }}\n";
        int line = annex.Split('\n').Length - 2;

        Assert.Equal(
            [$"annex.sbn-html({line},24): error WPT0021", $"annex.sbn-html({line},4): error WPT0024"],
            StyleDiagnostics(("annex.sbn-html", annex)).OrderBy(d => d, StringComparer.Ordinal));
    }
}
