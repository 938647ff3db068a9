using WorkPlan.Documents.Rendering.Docx;

namespace WorkPlan.Documents.Tests.Rendering.Docx;

/// <summary>
/// Word's units are converted exactly or not at all: a value the stylesheet or markup should have refused fails
/// loudly instead of being cast (a 2000pt padding became -25536; 1e20pt became 2147483647 twips) or clamped.
/// </summary>
public sealed class WordUnitsTests
{
    [Fact]
    public void Lengths_up_to_22_inches_convert_exactly()
    {
        Assert.Equal(31680, WordUnits.Twips(1584));
        Assert.Equal(-31680, WordUnits.Twips(-1584));
        Assert.Equal((short)31680, WordUnits.ShortTwips(1584));
        Assert.Equal(31680U, WordUnits.UnsignedTwips(1584));
        Assert.Equal("3276", WordUnits.HalfPoints(1638));
        Assert.Equal("31680", WordUnits.LineMultipleText(132));
        Assert.Equal(2U, WordUnits.EighthPoints(0.25));
        Assert.Equal(96U, WordUnits.EighthPoints(12));
    }

    [Fact]
    public void Sixteen_bit_cell_margin_is_never_wrapped()
    {
        Assert.Throws<InvalidOperationException>(() => WordUnits.ShortTwips(2000));
    }

    [Theory]
    [InlineData(1e20)]
    [InlineData(-1e20)]
    [InlineData(double.NaN)]
    public void Length_beyond_32_bits_is_never_saturated(double points)
    {
        Assert.Throws<InvalidOperationException>(() => WordUnits.Twips(points));
        Assert.Throws<InvalidOperationException>(() => WordUnits.HalfPoints(points));
        Assert.Throws<InvalidOperationException>(() => WordUnits.LineMultipleText(points));
    }

    [Fact]
    public void Negative_page_length_is_never_cast_to_unsigned()
    {
        Assert.Throws<InvalidOperationException>(() => WordUnits.UnsignedTwips(-1));
    }

    [Theory]
    [InlineData(0.125)]
    [InlineData(12.0625)]
    public void Border_width_Word_cannot_draw_is_never_clamped(double points)
    {
        Assert.Throws<InvalidOperationException>(() => WordUnits.EighthPoints(points));
    }
}
