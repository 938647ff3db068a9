using WorkPlan.Documents.Rendering.Html;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Tests.Rendering.Html;

/// <summary>Data-driven: each TestData/Rendering/Documents/&lt;case&gt;.xml rendered with test.css matches &lt;case&gt;.verified.html.</summary>
public sealed class HtmlWriterTests
{
    public static TheoryData<string> Cases() => RenderingTestData.Cases("Documents", ".xml");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_renders_to_the_expected_html(string name)
    {
        string html = Render(name);

        RenderingTestData.Verify("Documents", name + ".verified.html", html);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendering_twice_gives_the_same_text(string name) => Assert.Equal(Render(name), Render(name));

    [Fact]
    public void Vietnamese_stays_literal_and_only_the_five_markup_characters_are_escaped()
    {
        var document = LayoutMarkupReader.Read("<document><section><p>Độc lập &amp; &lt;b&gt; \"x\" 'y' {{ 7*7 }}</p></section></document>");
        var output = new StringWriter();

        HtmlWriter.Write(new StyleResolver(StyleSheet.Parse(string.Empty, "empty.css"), document), output);

        Assert.Contains("<p>Độc lập &amp; &lt;b&gt; &quot;x&quot; &#39;y&#39; {{ 7*7 }}</p>", output.ToString(), StringComparison.Ordinal);
    }

    internal static string Render(string name)
    {
        var document = LayoutMarkupReader.Read(RenderingTestData.Read("Documents", name + ".xml"));
        var styles = StyleSheet.Parse(RenderingTestData.Read("Documents", "test.css"), "test.css");
        var output = new StringWriter { NewLine = "\n" };
        HtmlWriter.Write(new StyleResolver(styles, document), output);
        return output.ToString();
    }
}
