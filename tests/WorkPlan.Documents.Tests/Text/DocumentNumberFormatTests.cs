using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Tests.Text;

public class DocumentNumberFormatTests
{
    [Theory]
    [InlineData(5, "CTr-UBND", "Số: 05/CTr-UBND")] // ND30's own example
    [InlineData(15, "QĐ-BNV", "Số: 15/QĐ-BNV")]
    [InlineData(9, "CTr-VPĐP", "Số: 09/CTr-VPĐP")]
    [InlineData(123, "CTr-VPĐP", "Số: 123/CTr-VPĐP")]
    public void Numbers_below_10_take_a_leading_zero(int number, string symbol, string expected)
    {
        Assert.Equal(expected, DocumentNumberFormat.Line(number, symbol));
    }

    [Fact]
    public void A_draft_keeps_six_spaces_for_the_number()
    {
        Assert.Equal("Số:      /CTr-VPĐP", DocumentNumberFormat.Line(null, "CTr-VPĐP"));
        Assert.Equal(6, DocumentNumberFormat.DraftPlaceholder.Length);
        Assert.True(DocumentNumberFormat.DraftPlaceholder.All(c => c == ' '));
    }

    [Fact]
    public void Zero_and_negative_numbers_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumberFormat.Line(0, "CTr-UBND"));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumberFormat.Number(-3));
    }
}
