using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// The text of a JSON document being read (a programme or an import header): its UTF-8 bytes without the byte-order
/// mark, checked strictly before the serializer sees them, and the line and column of any of its values for errors.
/// </summary>
/// <remarks>
/// <para>
/// Strict reading (<see cref="Validate"/>) refuses what System.Text.Json would misreport or quietly accept: bytes that
/// are not UTF-8 (a Windows-1258 or UTF-16 file), escapes that are half of a surrogate pair (<c>"\ud800"</c>), and a
/// property given twice in one object (the serializer keeps the last). Each is named, at its JSON path and position.
/// </para>
/// <para>
/// A string is read as the UTF-8 it encodes to, a leading U+FEFF dropped like the byte-order mark of a file, so text and
/// bytes are read alike; lines and columns are then those of the string.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe; one instance serves one read.</threadsafety>
internal sealed class JsonSource
{
    /// <summary>The reader options of the programme and header formats; the serializer is given the same.</summary>
    internal static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = MaxDepth,
    };

    /// <summary>The deepest nesting the formats allow.</summary>
    internal const int MaxDepth = 32;

    private const string NotUtf8 = "is not UTF-8 text (save it as UTF-8)";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] bytes;
    private readonly int start;
    private readonly int? loneSurrogate;
    private LineIndex? lines;

    private JsonSource(byte[] bytes, int start, int? loneSurrogate)
    {
        this.bytes = bytes;
        this.start = start;
        this.loneSurrogate = loneSurrogate;
    }

    /// <summary>Gets the JSON without the byte-order mark.</summary>
    internal ReadOnlySpan<byte> Json => new(bytes, start, bytes.Length - start);

    /// <summary>Reads UTF-8 bytes, perhaps starting with a byte-order mark.</summary>
    /// <param name="utf8">The bytes; kept, not copied.</param>
    /// <returns>The source.</returns>
    internal static JsonSource FromUtf8(byte[] utf8)
    {
        bool bom = utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF;
        return new JsonSource(utf8, bom ? 3 : 0, null);
    }

    /// <summary>Reads a string, perhaps starting with U+FEFF.</summary>
    /// <param name="text">The JSON text.</param>
    /// <returns>The source.</returns>
    internal static JsonSource FromString(string text)
    {
        string body = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        try
        {
            return new JsonSource(StrictUtf8.GetBytes(body), 0, null);
        }
        catch (EncoderFallbackException ex)
        {
            // A lone surrogate becomes U+FFFD here, so the rest can still be read for the error's path; Validate refuses it.
            int at = Math.Min(Math.Max(ex.Index, 0), body.Length);
            return new JsonSource(Encoding.UTF8.GetBytes(body), 0, Encoding.UTF8.GetByteCount(body.ToCharArray(0, at)));
        }
    }

    /// <summary>
    /// Refuses text that is not UTF-8, escapes of half a surrogate pair and duplicate property names, naming each at its
    /// JSON path and position. Malformed JSON is left to the serializer, which reports it in the same way as ever.
    /// </summary>
    /// <exception cref="WorkProgrammeJsonException">The text breaks one of the rules.</exception>
    internal void Validate()
    {
        if (loneSurrogate is { } at)
        {
            throw ErrorAt(at, "is not Unicode text: it holds half of a UTF-16 surrogate pair without its other half.");
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            throw ErrorAt(0, NotUtf8 + ": it is UTF-16 (it starts with a UTF-16 byte-order mark).");
        }

        int nul = Array.IndexOf(bytes, (byte)0, start);
        int invalid = FirstInvalidUtf8(nul < 0 ? bytes.Length : nul);
        if (invalid >= 0)
        {
            throw ErrorAt(invalid - start, NotUtf8 + $": byte 0x{bytes[invalid]:X2} at byte offset {invalid} is not part of a UTF-8 character.");
        }

        if (nul >= 0)
        {
            // No JSON text holds a NUL byte; UTF-16 text without a byte-order mark has one in every ASCII character.
            throw ErrorAt(nul - start, NotUtf8 + $": byte 0x00 at byte offset {nul}; the file looks like UTF-16.");
        }

        var walker = new JsonPathWalker(Json, ReaderOptions, trackDuplicates: true);
        try
        {
            while (walker.Read())
            {
                if (walker.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && walker.ValueIsEscaped
                    && LoneSurrogateEscape(walker.ValueSpan) is { } escape)
                {
                    int offset = (int)walker.TokenStartIndex + 1 + escape;
                    string text = Encoding.ASCII.GetString(walker.ValueSpan.Slice(escape, 6).ToArray());
                    throw Error(walker.Path, offset, $"is not Unicode text: the escape {text} at byte offset {start + offset} is half of a UTF-16 surrogate pair without its other half.");
                }

                if (walker.FirstOccurrence is { } first)
                {
                    (int line, int column) = Lines.PositionOf(start + (int)first);
                    throw Error(
                        walker.Path,
                        (int)walker.TokenStartIndex,
                        $"the property \"{walker.PropertyName}\" is given twice in one object (first at line {line}, column {column}); give it once.");
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the serializer reads the same text with the same options and reports it with its path.
        }
    }

    /// <summary>Adds the line and column to an error the serializer raised while reading this source.</summary>
    /// <param name="error">The serializer's error, already put in the format's words.</param>
    /// <param name="atValue">Whether to point at the start of the value at the error's path rather than where the serializer stopped.</param>
    /// <returns>The error with its position.</returns>
    internal WorkProgrammeJsonException Position(WorkProgrammeJsonException error, bool atValue)
    {
        if (atValue && Find(error.Path) is ({ } path, int offset) && path == error.Path)
        {
            return Error(path, offset, error.Reason, error.InnerException);
        }

        if (error.LineNumber is not long lineNumber)
        {
            return Locate(error);
        }

        // The serializer counts bytes from the end of the byte-order mark.
        long inLine = (error.BytePositionInLine ?? 0) + (lineNumber == 0 ? start : 0);
        (int line, int column) = Lines.PositionInLine(lineNumber, inLine);
        return new WorkProgrammeJsonException(error.Path, lineNumber, error.BytePositionInLine, line, column, error.Reason, error.InnerException);
    }

    /// <summary>
    /// Adds the line and column of the value at the error's path to an error found while building the model. When the
    /// document lacks that value (a missing property), the position is that of the nearest enclosing value; a path
    /// guessed from a model field name (an error with an <see cref="ArgumentException"/> inside) becomes that value's.
    /// </summary>
    /// <param name="error">The error, without a position.</param>
    /// <returns>The error with its position.</returns>
    internal WorkProgrammeJsonException Locate(WorkProgrammeJsonException error)
    {
        if (Find(error.Path) is not ({ } found, int offset))
        {
            return error;
        }

        string path = found == error.Path || error.InnerException is not ArgumentException ? error.Path : found;
        return Error(path, offset, error.Reason, error.InnerException);
    }

    /// <summary>The first escape in a string's raw bytes that is half a surrogate pair: its index, or null.</summary>
    private static int? LoneSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        for (int i = 0; i + 5 < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                continue;
            }

            if (raw[i + 1] != 'u')
            {
                i++;
                continue;
            }

            int unit = Hex(raw.Slice(i + 2, 4));
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return i;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                int low = i + 11 < raw.Length && raw[i + 6] == '\\' && raw[i + 7] == 'u' ? Hex(raw.Slice(i + 8, 4)) : -1;
                if (low is < 0xDC00 or > 0xDFFF)
                {
                    return i;
                }

                i += 11;
                continue;
            }

            i += 5;
        }

        return null;
    }

    private static int Hex(ReadOnlySpan<byte> digits) =>
        int.TryParse(Encoding.ASCII.GetString(digits.ToArray()), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value) ? value : -1;

    private LineIndex Lines => lines ??= LineIndex.OfUtf8(bytes);

    /// <summary>The offset of the first byte that is not UTF-8 before <paramref name="end"/>, or -1.</summary>
    private int FirstInvalidUtf8(int end)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, start, end - start);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return start + Math.Max(ex.Index, 0);
        }
    }

    /// <summary>The value at <paramref name="path"/>, or the nearest enclosing value the document has, and where it starts.</summary>
    private (string Path, int Offset)? Find(string path) =>
        JsonPathWalker.Find(Json, ReaderOptions, path) is ({ } found, long offset) ? (found, (int)offset) : null;

    /// <summary>An error at a JSON offset, with the path of the value that holds it.</summary>
    private WorkProgrammeJsonException ErrorAt(int offset, string reason)
    {
        var walker = new JsonPathWalker(Json.Slice(0, Math.Max(0, offset)), ReaderOptions, isFinalBlock: false);
        try
        {
            while (walker.Read())
            {
            }
        }
        catch (JsonException)
        {
            // The text before the offset is malformed too; the path reached so far still places the error.
        }

        return Error(walker.PathOfNext, offset, reason);
    }

    private WorkProgrammeJsonException Error(string path, int offset, string reason, Exception? inner = null)
    {
        int at = start + Math.Max(0, offset);
        (int line, int column) = Lines.PositionOf(at);
        long lineStart = Lines.OffsetOf(line, 1) + (line == 1 ? start : 0);
        return new WorkProgrammeJsonException(path, line - 1, at - lineStart, line, column, reason, inner);
    }
}
