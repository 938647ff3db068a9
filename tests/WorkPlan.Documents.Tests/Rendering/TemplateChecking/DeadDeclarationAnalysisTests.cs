using WorkPlan.Documents.Rendering.TemplateChecking;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>WPT0025: a declaration that never takes effect, reported only where that is certain.</summary>
public sealed class DeadDeclarationAnalysisTests
{
    [Fact]
    public void A_table_font_size_every_paragraph_class_overrides_is_a_warning_at_the_declaration()
    {
        string css = StyleCheckKit.DefaultCssWith(".schedule { font-size: 11pt; }\n");

        var finding = Assert.Single(StyleCheckKit.All(("nd30.css", css)));

        Assert.Equal((DeadDeclarationAnalysis.DeadDeclaration, FindingLevel.Warning, StyleCheckKit.DefaultCssLine(1), 13), (finding.Id, finding.Level, finding.Line, finding.Column));
        Assert.Contains("'font-size' on .schedule never takes effect: .schedule is used only on <table>", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_container_value_a_paragraph_class_repeats_is_not_reported()
    {
        // .focus-tasks { font-size: 14pt } in nd30.css: every item says 14pt too, so what the author meant shows.
        string css = StyleCheckKit.DefaultCssWith(".schedule { font-size: 12pt; }\n");

        Assert.Empty(StyleCheckKit.All(("nd30.css", css)));
    }

    [Fact]
    public void A_paragraph_without_a_class_makes_the_analysis_say_nothing()
    {
        string css = StyleCheckKit.DefaultCssWith(".schedule { font-size: 11pt; }\n");
        const string Annex = "<p>{{ annex.label }}</p>\n";

        Assert.DoesNotContain(StyleCheckKit.All(("nd30.css", css), ("annex.sbn-html", Annex)), f => f.Id == DeadDeclaration());
    }

    [Fact]
    public void A_property_that_does_not_inherit_is_not_judged()
    {
        string css = StyleCheckKit.DefaultCssWith(".header-block { margin-top: 4pt; }\n");

        Assert.Empty(StyleCheckKit.All(("nd30.css", css)));
    }

    private static string DeadDeclaration() => DeadDeclarationAnalysis.DeadDeclaration;
}
