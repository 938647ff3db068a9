using System.Text;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Tests.Text;

public class XmlSafeTextTests
{
    [Fact]
    public void Decomposed_Vietnamese_is_normalised_to_NFC()
    {
        const string composed = "Việt Nam – Nghỉ lễ Quốc khánh";
        string decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        string result = XmlSafeText.Normalize(decomposed, "content");

        Assert.Equal(composed, result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    // Code units rather than strings: xunit would replace a lone surrogate in theory data with U+FFFD.
    [Theory]
    [InlineData(0x0000, false)]
    [InlineData(0x0001, false)]
    [InlineData(0x0008, false)]
    [InlineData(0x000B, false)]
    [InlineData(0x000C, false)]
    [InlineData(0x001F, false)]
    [InlineData(0xD800, false)] // lone high surrogate
    [InlineData(0xDC00, false)] // lone low surrogate
    [InlineData(0xD83D, true)] // high surrogate at the very end
    [InlineData(0xFFFE, false)]
    [InlineData(0xFFFF, false)]
    public void Every_kind_of_forbidden_character_is_rejected_naming_the_field(int codeUnit, bool atEnd)
    {
        string value = atEnd ? "AB" + (char)codeUnit : "A" + (char)codeUnit + "B";
        string code = "U+" + codeUnit.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

        ArgumentException error = Assert.Throws<ArgumentException>(() => XmlSafeText.Normalize(value, "entry.content"));

        Assert.Equal("entry.content", error.ParamName);
        Assert.Contains("entry.content", error.Message, StringComparison.Ordinal);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_newline_and_valid_surrogate_pairs_are_allowed()
    {
        const string text = "a\tb\nc\r\nd 😀";
        Assert.Equal(text, XmlSafeText.Normalize(text, "x"));
    }

    [Fact]
    public void Required_text_is_trimmed_and_must_not_be_empty()
    {
        Assert.Equal("Phòng OCOP", XmlSafeText.NormalizeRequired("  Phòng OCOP \t", "unit"));
        ArgumentException error = Assert.Throws<ArgumentException>(() => XmlSafeText.NormalizeRequired(" \n ", "unit"));
        Assert.Contains("unit must not be empty", error.Message, StringComparison.Ordinal);
        Assert.Null(XmlSafeText.NormalizeOptional("   ", "unit"));
    }

    [Fact]
    public void Lines_are_trimmed_and_normalised_into_a_read_only_copy()
    {
        string decomposed = "Ủy ban".Normalize(NormalizationForm.FormD);
        var source = new List<string> { "  a  ", decomposed };
        IReadOnlyList<string> lines = XmlSafeText.NormalizeLines(source, "agency.nameLines", required: true);
        source.Add("later");

        Assert.Equal(["a", "Ủy ban"], lines);
        Assert.IsNotType<List<string>>(lines);
    }

    [Fact]
    public void Optional_lines_may_be_null_or_none()
    {
        Assert.Empty(XmlSafeText.NormalizeLines(null, "signature.authorityLines", required: false));
        Assert.Empty(XmlSafeText.NormalizeLines([], "signature.authorityLines", required: false));
    }

    [Fact]
    public void Required_lines_must_be_given()
    {
        ArgumentNullException missing = Assert.Throws<ArgumentNullException>(() => XmlSafeText.NormalizeLines(null, "agency.nameLines", required: true));
        Assert.StartsWith("agency.nameLines must not be null.", missing.Message, StringComparison.Ordinal);
        ArgumentException none = Assert.Throws<ArgumentException>(() => XmlSafeText.NormalizeLines([], "agency.nameLines", required: true));
        Assert.StartsWith("agency.nameLines must have at least one line.", none.Message, StringComparison.Ordinal);
        Assert.Equal("agency.nameLines", none.ParamName);
    }

    [Fact]
    public void A_blank_line_is_named_by_its_index()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => XmlSafeText.NormalizeLines(["a", " "], "focusTasks.tasks", required: false));
        Assert.Equal("focusTasks.tasks[1]", error.ParamName);
    }
}
