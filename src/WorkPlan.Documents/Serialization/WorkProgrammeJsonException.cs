namespace WorkPlan.Documents.Serialization;

/// <summary>
/// The JSON given for a programme is malformed or breaks a rule of the model. The message starts with the
/// JSON path of the offending value and its line and column, and says what was expected; no model is returned.
/// </summary>
/// <remarks>
/// Errors raised while reading a document carry its position twice: as System.Text.Json counts it
/// (<see cref="LineNumber"/>, <see cref="BytePositionInLine"/>, zero-based, bytes) and as an editor shows it
/// (<see cref="Line"/>, <see cref="Column"/>, one-based, characters). A model error points at the value that caused it;
/// one about a missing property at the nearest enclosing value the document has.
/// </remarks>
/// <threadsafety>Instances are immutable.</threadsafety>
public sealed class WorkProgrammeJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.schedule.days[3].date</c>.</param>
    /// <param name="lineNumber">The zero-based line in the JSON text, when known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in that line, when known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The exception that revealed the problem, or null.</param>
    public WorkProgrammeJsonException(string path, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException = null)
        : this(path, lineNumber, bytePositionInLine, null, null, reason, innerException)
    {
    }

    /// <summary>Creates the exception with the position as an editor shows it too.</summary>
    internal WorkProgrammeJsonException(string path, long? lineNumber, long? bytePositionInLine, int? line, int? column, string reason, Exception? innerException)
        : base(Compose(path, lineNumber, bytePositionInLine, line, column, reason), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the JSON path of the offending value, e.g. <c>$.schedule.days[3].date</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the zero-based line in the JSON text, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position within the line, when known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>
    /// Gets the one-based line of the offending value in the JSON text, when known: always for an error raised while
    /// reading a document.
    /// </summary>
    public int? Line { get; }

    /// <summary>
    /// Gets the one-based column of the offending value, counted in characters (UTF-16 code units) as editors count
    /// them, a byte-order mark not counted; known when <see cref="Line"/> is.
    /// </summary>
    public int? Column { get; }

    /// <summary>Gets what is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    private static string Compose(string path, long? lineNumber, long? position, int? line, int? column, string reason)
    {
        string where = line is not null && column is not null
            ? FormattableString.Invariant($"{path} (line {line}, column {column})")
            : lineNumber is null ? path : FormattableString.Invariant($"{path} (line {lineNumber + 1}, byte {position + 1})");
        return $"{where}: {reason}";
    }
}
