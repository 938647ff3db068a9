using System.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Tests.Utility;

public class LineIndexTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("abc", 3, 1, 4)] // the end of the text
    [InlineData("ab\ncd", 2, 1, 3)] // the line feed ends line 1
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("ab\r\ncd", 4, 2, 1)] // a carriage return belongs to the line it ends
    [InlineData("a\n\nb", 2, 2, 1)]
    [InlineData("a\n\nb", 3, 3, 1)]
    [InlineData("Hà Tĩnh\nx", 4, 1, 5)]
    [InlineData("abc", -5, 1, 1)] // clamped
    [InlineData("ab\ncd", 99, 2, 3)] // clamped
    public void Character_offset_becomes_line_and_column(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), LineIndex.Of(text).PositionOf(offset));
    }

    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("Hà Tĩnh\nx", 4, 1, 4)] // "H" 1 byte, "à" 2 bytes, " " → byte 4 is "T"
    [InlineData("\uFEFFabc", 4, 1, 2)] // a byte-order mark is not a column
    [InlineData("\uFEFFa\nb", 6, 2, 2)] // only on the first line
    [InlineData("𝔸b", 4, 1, 3)] // a character outside the BMP is two UTF-16 columns, as editors count
    [InlineData("ab\ncd", 99, 2, 3)] // clamped
    public void Utf8_byte_offset_becomes_line_and_character_column(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), LineIndex.OfUtf8(Encoding.UTF8.GetBytes(text)).PositionOf(offset));
    }

    [Fact]
    public void An_invalid_utf8_sequence_counts_as_one_column()
    {
        byte[] bytes = [(byte)'a', 0xC3, (byte)'b', (byte)'c'];
        Assert.Equal((1, 4), LineIndex.OfUtf8(bytes).PositionOf(3));
    }

    [Theory]
    [InlineData("{\n  \"ngày\": x\n}", 1, 11, 2, 11)] // 0-based line 1: byte 11 is the "x"; "à" takes 2 bytes but 1 column
    [InlineData("{}", 0, 0, 1, 1)]
    [InlineData("a\nb", 5, 0, 6, 1)] // beyond the end: the line as given, at the end of the text
    [InlineData("a\nb", 1, 7, 2, 2)] // clamped to the text
    public void Json_line_and_byte_become_line_and_character_column(string text, long lineIndex, long bytePosition, int line, int column)
    {
        Assert.Equal((line, column), LineIndex.OfUtf8(Encoding.UTF8.GetBytes(text)).PositionInLine(lineIndex, bytePosition));
    }

    [Theory]
    [InlineData("ab\ncd", 1, 1, 0)]
    [InlineData("ab\ncd", 2, 2, 4)]
    [InlineData("ab\ncd", 0, 5, 0)] // before the first line: the start
    [InlineData("ab\ncd", 9, 1, 3)] // beyond the last line: the last line
    [InlineData("ab\ncd", 2, 0, 3)] // column below 1: the line's start
    [InlineData("ab\ncd", 2, 9, 5)] // clamped to the text
    public void Line_and_column_become_an_offset(string text, int line, int column, int offset)
    {
        Assert.Equal(offset, LineIndex.Of(text).OffsetOf(line, column));
    }

    [Fact]
    public void Offset_and_position_round_trip()
    {
        const string text = "p {\n  color: red;\r\n}\n\nx";
        LineIndex index = LineIndex.Of(text);
        Assert.Equal(5, index.LineCount);
        for (int offset = 0; offset <= text.Length; offset++)
        {
            (int line, int column) = index.PositionOf(offset);
            Assert.Equal(offset, index.OffsetOf(line, column));
        }
    }

    [Fact]
    public void Null_text_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => LineIndex.Of(null!));
        Assert.Throws<ArgumentNullException>(() => LineIndex.OfUtf8(null!));
    }
}
