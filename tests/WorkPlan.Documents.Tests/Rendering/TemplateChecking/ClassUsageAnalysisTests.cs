using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>WPT0024 (a class used but defined nowhere) and WPT0100 (a class defined but used nowhere).</summary>
public sealed class ClassUsageAnalysisTests
{
    private const string Signature = "<p class=\"signature-title\">{{ signature.signer_title }}</p>\n\n<p class=\"signer-nme\">{{ signature.signer_name }}</p>\n";

    [Fact]
    public void A_class_defined_nowhere_is_an_error_with_the_nearest_class_suggested()
    {
        var findings = StyleCheckKit.All(("signature.sbn-html", Signature));

        var finding = Assert.Single(findings, f => f.Id == ClassUsageAnalysis.UndefinedClass);
        Assert.Equal(("signature.sbn-html", 3, 4, FindingLevel.Error), (finding.File, finding.Line, finding.Column, finding.Level));
        Assert.EndsWith("did you mean 'signer-name'?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_runtime_reports_the_undefined_class_at_the_same_file_line_and_column()
    {
        var renderer = Renderers.WithOverrides(("signature.sbn-html", Signature));

        var error = Assert.Throws<TemplateException>(() => renderer.RenderLayout(Renderers.Seed(), null, default));
        var finding = StyleCheckKit.All(("signature.sbn-html", Signature)).Single(f => f.Id == ClassUsageAnalysis.UndefinedClass);

        Assert.Equal((error.SourcePath, error.Line, error.Column), (finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void A_class_no_template_names_is_information_at_its_rule()
    {
        string css = StyleCheckKit.DefaultCssWith(".unused-note { font-size: 12pt; }\n");

        var finding = Assert.Single(StyleCheckKit.All(("nd30.css", css)));

        Assert.Equal((ClassUsageAnalysis.UnusedClass, FindingLevel.Info, "nd30.css", StyleCheckKit.DefaultCssLine(1), 1), (finding.Id, finding.Level, finding.File, finding.Line, finding.Column));
    }

    [Fact]
    public void A_class_chosen_by_code_counts_as_used()
    {
        Assert.True(ClassUsageAnalysis.ContainsWord("style = \"schedule-day\"", "schedule-day"));
        Assert.False(ClassUsageAnalysis.ContainsWord("class=\"schedule-day-x\"", "schedule-day"));
        Assert.False(ClassUsageAnalysis.ContainsWord("class=\"my-schedule-day\"", "schedule-day"));
    }
}
