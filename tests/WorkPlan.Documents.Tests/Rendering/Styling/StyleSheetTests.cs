using System.Globalization;
using System.Reflection;
using System.Text;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Tests.Rendering.Styling;

/// <summary>
/// Data-driven: TestData/Rendering/Styles/Valid/&lt;case&gt;.css parses into the classes in &lt;case&gt;.parsed.verified.txt;
/// Invalid/&lt;case&gt;.css fails with the message in &lt;case&gt;.error.verified.txt.
/// </summary>
public sealed class StyleSheetTests
{
    public static TheoryData<string> ValidCases() => RenderingTestData.Cases("Styles/Valid", ".css");

    public static TheoryData<string> InvalidCases() => RenderingTestData.Cases("Styles/Invalid", ".css");

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_stylesheet_parses_into_the_expected_classes(string name)
    {
        string css = RenderingTestData.Read("Styles/Valid", name + ".css");

        var sheet = StyleSheet.Parse(css, name + ".css");

        RenderingTestData.Verify("Styles/Valid", name + ".parsed.verified.txt", Dump(sheet));
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_stylesheet_fails_with_source_line_column_and_property(string name)
    {
        string css = RenderingTestData.Read("Styles/Invalid", name + ".css");

        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse(css, name + ".css"));

        RenderingTestData.Verify("Styles/Invalid", name + ".error.verified.txt", error.Message + "\n");
    }

    [Fact]
    public void Exception_exposes_source_line_column_selector_and_property()
    {
        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse(".a { font-weight: bold; }\n.b {\n  float: left;\n}", "nd30.css"));

        Assert.Equal("nd30.css", error.SourceName);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
        Assert.Equal(".b", error.Selector);
        Assert.Equal("float", error.PropertyName);
    }

    [Fact]
    public void Extend_appends_rules_so_the_overriding_values_win_and_the_rest_stays()
    {
        var baseSheet = StyleSheet.Parse(".a { font-size: 13pt; font-weight: bold } .b { font-style: italic }", "base.css");
        var overrides = StyleSheet.Parse(".a { font-size: 14pt } .c { text-align: center }", "custom.css");

        var extended = baseSheet.Extend(overrides);

        Assert.True(extended.TryGetClass("a", out var a));
        Assert.Equal(14, a.FontSize);
        Assert.True(a.Bold);
        Assert.True(extended.TryGetClass("b", out _));
        Assert.True(extended.TryGetClass("c", out _));
        Assert.True(baseSheet.TryGetClass("a", out var original));
        Assert.Equal(13, original.FontSize);
        Assert.False(baseSheet.TryGetClass("c", out _));
    }

    internal static string Dump(StyleSheet sheet)
    {
        var text = new StringBuilder();
        text.Append("body").Append(Properties(sheet.Body)).Append('\n');
        foreach (string name in sheet.ClassNames)
        {
            sheet.TryGetClass(name, out var properties);
            text.Append('.').Append(name).Append(Properties(properties)).Append('\n');
        }

        return text.ToString();
    }

    private static string Properties(StyleProperties properties)
    {
        var text = new StringBuilder();
        foreach (var property in typeof(StyleProperties).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.PropertyType == typeof(bool) || property.Name == "EqualityContract")
            {
                continue;
            }

            object? value = property.GetValue(properties);
            if (value is not null)
            {
                string shown = value is double d ? d.ToString("0.###", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture)!;
                text.Append("\n  ").Append(property.Name).Append(" = ").Append(shown);
            }
        }

        return text.ToString();
    }
}
