using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Tests.Rendering.Styling;

/// <summary>Style resolution, done once per render before either writer runs, checks every class the markup uses.</summary>
public sealed class StyleResolverTests
{
    [Fact]
    public void An_undefined_paragraph_class_is_an_error_naming_the_element_attribute_and_line()
    {
        var document = LayoutMarkupReader.Read("<document><section>\n<p class=\"nope\">x</p></section></document>");

        var error = Assert.Throws<LayoutMarkupException>(() => new StyleResolver(StyleSheet.Parse(".a { }", "s.css"), document));

        Assert.Equal(2, error.MarkupLine);
        Assert.Equal("p", error.ElementName);
        Assert.Equal("class", error.AttributeName);
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_span_class_is_an_error_naming_the_element_and_line()
    {
        var document = LayoutMarkupReader.Read("<document><section>\n<p><span class=\"nope\">x</span></p></section></document>");

        var error = Assert.Throws<LayoutMarkupException>(() => new StyleResolver(StyleSheet.Parse(".a { }", "s.css"), document));

        Assert.Equal("span", error.ElementName);
        Assert.Equal(2, error.MarkupLine);
    }
}
