using System.Text;
using WorkPlan.Documents.Cli.Input;

namespace WorkPlan.Documents.Cli.Tests.Input;

public class TextPositionTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\ncd", 4, 2, 2)]
    [InlineData("Hà Tĩnh\nx", 4, 1, 4)] // "H" 1 byte, "à" 2 bytes, " " → byte 4 is "T"
    [InlineData("\uFEFFabc", 4, 1, 2)] // a byte-order mark is not a column
    public void Byte_offset_becomes_line_and_character_column(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), TextPosition.OfByte(Encoding.UTF8.GetBytes(text), offset));
    }

    [Theory]
    [InlineData("{\n  \"ngày\": x\n}", 1, 11, 2, 11)] // 0-based line 1: byte 11 is the "x"; "à" takes 2 bytes but 1 column
    [InlineData("{}", 0, 0, 1, 1)]
    [InlineData("a\nb", 5, 0, 6, 1)] // beyond the end: clamped
    public void Json_line_and_byte_become_line_and_character_column(string text, long lineIndex, long bytePosition, int line, int column)
    {
        Assert.Equal((line, column), TextPosition.OfLineAndByte(Encoding.UTF8.GetBytes(text), lineIndex, bytePosition));
    }
}
