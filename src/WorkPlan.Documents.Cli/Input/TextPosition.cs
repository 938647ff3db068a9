using System.Text;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>Converts byte offsets in UTF-8 input into the 1-based line and character column an editor shows.</summary>
internal static class TextPosition
{
    /// <summary>The 1-based line and column of the byte at <paramref name="offset"/>.</summary>
    public static (int Line, int Column) OfByte(byte[] utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, CharacterColumn(utf8, lineStart, offset - lineStart));
    }

    /// <summary>
    /// The 1-based character column of byte <paramref name="bytePosition"/> (0-based) on the 0-based line
    /// <paramref name="lineIndex"/>, as System.Text.Json reports positions.
    /// </summary>
    public static (int Line, int Column) OfLineAndByte(byte[] utf8, long lineIndex, long bytePosition)
    {
        int lineStart = 0;
        for (long line = 0; line < lineIndex && lineStart < utf8.Length; line++)
        {
            int next = Array.IndexOf(utf8, (byte)'\n', lineStart);
            lineStart = next < 0 ? utf8.Length : next + 1;
        }

        int length = (int)Math.Clamp(bytePosition, 0, utf8.Length - lineStart);
        return ((int)lineIndex + 1, CharacterColumn(utf8, lineStart, length));
    }

    private static int CharacterColumn(byte[] utf8, int lineStart, int byteLength)
    {
        // A byte-order mark on the first line is not a column; an invalid sequence counts as one character each.
        if (lineStart == 0 && byteLength >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            lineStart = 3;
            byteLength -= 3;
        }

        return Encoding.UTF8.GetCharCount(utf8, lineStart, byteLength) + 1;
    }
}
