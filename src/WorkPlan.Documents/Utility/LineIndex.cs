using System.Text;

namespace WorkPlan.Documents.Utility;

/// <summary>
/// Where each line of a text starts, so that an offset in it can be reported as the 1-based line and column an
/// editor shows: the one implementation behind the line and column of stylesheet, template and input-file errors.
/// </summary>
/// <remarks>
/// <para>
/// Lines end at line feeds (a carriage return before one belongs to the line it ends). Offsets count the units of
/// the text indexed: UTF-16 characters for a string, bytes for UTF-8. Columns always count UTF-16 characters, as
/// editors and the library's exceptions do; in UTF-8 a byte-order mark is not a column, and an invalid byte
/// sequence counts as one character.
/// </para>
/// <para>
/// The command-line tool compiles this file into its own assembly (it sees none of the library's internals): a
/// position in a user's file is a detail of error messages, not something the library's public API should offer.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LineIndex
{
    private readonly int[] lineStarts;
    private readonly byte[]? utf8;

    private LineIndex(int[] lineStarts, int length, byte[]? utf8)
    {
        this.lineStarts = lineStarts;
        this.utf8 = utf8;
        Length = length;
    }

    /// <summary>Gets the length of the text in its units (characters or bytes).</summary>
    public int Length { get; }

    /// <summary>Gets the number of lines: one more than the number of line feeds.</summary>
    public int LineCount => lineStarts.Length;

    /// <summary>Indexes a string; offsets and columns count UTF-16 characters.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static LineIndex Of(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return new LineIndex(starts.ToArray(), text.Length, null);
    }

    /// <summary>
    /// Indexes UTF-8 bytes; offsets count bytes and columns count the characters the bytes decode to. The index
    /// keeps <paramref name="utf8"/>, which must not change afterwards.
    /// </summary>
    /// <param name="utf8">The bytes (perhaps starting with a byte-order mark, perhaps not valid UTF-8).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8"/> is null.</exception>
    public static LineIndex OfUtf8(byte[] utf8)
    {
        if (utf8 is null)
        {
            throw new ArgumentNullException(nameof(utf8));
        }

        var starts = new List<int> { 0 };
        for (int i = Array.IndexOf(utf8, (byte)'\n'); i >= 0; i = Array.IndexOf(utf8, (byte)'\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return new LineIndex(starts.ToArray(), utf8.Length, utf8);
    }

    /// <summary>Returns the 1-based line and column of an offset (clamped to the text).</summary>
    /// <param name="offset">The 0-based offset.</param>
    /// <returns>The position; the end of the text is the column after its last character.</returns>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Min(Math.Max(offset, 0), Length);
        int line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, ColumnOf(lineStarts[line], offset));
    }

    /// <summary>
    /// Returns the 1-based line and column of a position given as a 0-based line and an offset into it, as
    /// System.Text.Json reports errors (<c>LineNumber</c>, <c>BytePositionInLine</c>).
    /// </summary>
    /// <param name="lineIndex">The 0-based line; beyond the last line it means the end of the text.</param>
    /// <param name="offsetInLine">The 0-based offset from the line's start (clamped to the text).</param>
    /// <returns>The position; its line is <paramref name="lineIndex"/> + 1 as given.</returns>
    public (int Line, int Column) PositionInLine(long lineIndex, long offsetInLine)
    {
        int start = lineIndex >= 0 && lineIndex < lineStarts.Length ? lineStarts[lineIndex] : Length;
        long end = start + Math.Min(Math.Max(offsetInLine, 0), Length - start);
        return ((int)lineIndex + 1, ColumnOf(start, (int)end));
    }

    /// <summary>Returns the offset of a 1-based line and column, the column counted in the text's units.</summary>
    /// <param name="line">The line; below 1 means the start of the text, beyond the last the last line.</param>
    /// <param name="column">The column; below 1 means the line's start.</param>
    /// <returns>The offset, clamped to the text.</returns>
    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        int start = lineStarts[Math.Min(line, lineStarts.Length) - 1];
        return Math.Min(start + Math.Max(column, 1) - 1, Length);
    }

    private int ColumnOf(int lineStart, int offset)
    {
        if (utf8 is null)
        {
            return offset - lineStart + 1;
        }

        int count = offset - lineStart;
        if (lineStart == 0 && count >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            lineStart = 3;
            count -= 3;
        }

        return Encoding.UTF8.GetCharCount(utf8, lineStart, count) + 1;
    }
}
