using WorkPlan.Documents.Rendering.Fonts;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Tests.Rendering.Fonts;

/// <summary>
/// Expected advances are Times New Roman's, cross-checked against the Liberation Serif 2.1.5 TTF with a separate
/// reader (a throwaway Python script reading cmap format 4 and hmtx) when the table was generated.
/// </summary>
public sealed class TextMeasurerTests
{
    [Theory]
    [InlineData(' ', false, false, 512)]
    [InlineData('A', false, false, 1479)]
    [InlineData('a', false, false, 909)]
    [InlineData('a', true, false, 1024)]
    [InlineData('a', false, true, 1024)]
    [InlineData('W', true, true, 1821)]
    [InlineData('Đ', false, false, 1479)]
    [InlineData('ệ', false, false, 909)]
    [InlineData('ư', false, false, 1110)]
    public void Advances_are_the_times_new_roman_widths(char c, bool bold, bool italic, int expected) =>
        Assert.Equal(expected, FontFace.Select(bold, italic).Advance(c));

    [Fact]
    public void A_character_outside_the_table_counts_as_the_average_width() =>
        Assert.Equal(LiberationSerifMetrics.RegularAverage, FontFace.Regular.Advance(0x4E00));

    [Fact]
    public void Width_is_the_sum_of_advances_at_the_font_size()
    {
        // "Tự do" regular: T 1251 + ự 1110 + space 512 + d 1024 + o 1024 = 4921 units; at 13 pt: 4921 * 13 / 2048.
        Assert.Equal(4921 * 13.0 / 2048, TextMeasurer.Measure("Tự do", FontFace.Regular, 13), 9);
    }

    [Fact]
    public void The_widest_line_counts_capitals_span_classes_and_bold()
    {
        var styles = Resolve(
            "<document><section><p class=\"p\">ab<br/>a<span class=\"s\">b</span><b>c</b></p></section></document>",
            ".p { font-size: 10pt; text-transform: uppercase } .s { font-size: 20pt }",
            out var paragraph);

        double width = TextMeasurer.WidestLine(paragraph.Content, styles.Body.Merge(styles.Class("p")), styles);

        // Line 2 is wider: "A" 10pt + "B" 20pt + bold "C" 10pt.
        double expected = ((1479 * 10.0) + (1366 * 20.0) + (1479 * 10.0)) / 2048;
        Assert.Equal(expected, width, 9);
    }

    [Fact]
    public void Rule_length_is_the_fraction_of_the_text_width_rounded_to_twips_and_capped()
    {
        var styles = Resolve("<document><section><p>Tự do</p><rule length=\"1/2\"/></section></document>", "body { font-size: 13pt }", out var paragraph);
        var measurements = new RuleMeasurements(styles);
        measurements.Record(paragraph, styles.Body);
        var rule = (LayoutRule)styles.Document.Sections[0].Blocks[1];

        Assert.Equal(Math.Round(4921 * 13.0 / 2048 / 2 * 20) / 20, measurements.LengthOf(rule, 500));
        Assert.Equal(10, measurements.LengthOf(rule, 10));
    }

    [Fact]
    public void Single_line_height_is_that_of_times_new_roman() => Assert.Equal(2355.0 / 2048, FontFace.SingleLineHeight, 9);

    private static StyleResolver Resolve(string markup, string css, out LayoutParagraph paragraph)
    {
        var document = LayoutMarkupReader.Read(markup);
        paragraph = (LayoutParagraph)document.Sections[0].Blocks[0];
        return new StyleResolver(StyleSheet.Parse(css, "t.css"), document);
    }
}
