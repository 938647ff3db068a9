using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>WPT0023: every stylesheet error the runtime reports, at its line and column, with its reason.</summary>
public sealed class StyleSheetAnalysisTests
{
    public static TheoryData<string> InvalidCases() => RenderingTestData.Cases("Styles/Invalid", ".css");

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Each_invalid_stylesheet_case_is_reported_where_the_parser_fails(string name)
    {
        string css = RenderingTestData.Read("Styles/Invalid", name + ".css");
        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse(css, name + ".css"));
        var findings = new List<StyleFinding>();

        var sheet = StyleSheetAnalysis.Read([(name + ".css", css)], findings);

        Assert.Null(sheet);
        var finding = Assert.Single(findings);
        Assert.Equal((StyleSheetAnalysis.StyleSheetError, name + ".css", error.Line, error.Column), (finding.Id, finding.File, finding.Line, finding.Column));
        Assert.EndsWith(error.Reason, finding.Message, StringComparison.Ordinal);
        if (error.PropertyName is not null)
        {
            Assert.Contains($"property '{error.PropertyName}'", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_layer_is_read_and_a_failing_extension_is_named()
    {
        var findings = new List<StyleFinding>();

        var sheet = StyleSheetAnalysis.Read(
            [("nd30.css", Nd30Templates.ReadFile("nd30.css")), ("office.css", "\n.schedule-day { font-size: 12px; }\n")],
            findings);

        Assert.Null(sheet);
        Assert.Equal("office.css(2,17): error WPT0023", $"{findings[0].File}({findings[0].Line},{findings[0].Column}): error {findings[0].Id}");
    }

    [Fact]
    public void The_runtime_reports_the_same_stylesheet_file_and_line()
    {
        string css = StyleCheckKit.DefaultCssWith(".motto { font-size: 14px; }\n");
        var renderer = Renderers.WithOverrides(("nd30.css", css));

        var error = Assert.Throws<StyleSheetException>(() => renderer.RenderLayout(Renderers.Seed(), null, default));
        var finding = Assert.Single(StyleCheckKit.All(("nd30.css", css)));

        Assert.Equal((StyleCheckKit.DefaultCssLine(1), error.Line, error.Column), (finding.Line, finding.Line, finding.Column));
    }
}
