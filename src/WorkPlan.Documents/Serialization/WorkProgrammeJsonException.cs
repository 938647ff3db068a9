namespace WorkPlan.Documents.Serialization;

/// <summary>
/// The JSON given for a programme is malformed or breaks a rule of the model. The message starts with the
/// JSON path of the offending value and says what was expected; no model is returned.
/// </summary>
public sealed class WorkProgrammeJsonException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The JSON path of the offending value, e.g. <c>$.schedule.days[3].date</c>.</param>
    /// <param name="lineNumber">The zero-based line in the JSON text, when known.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in that line, when known.</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The exception that revealed the problem, or null.</param>
    public WorkProgrammeJsonException(string path, long? lineNumber, long? bytePositionInLine, string reason, Exception? innerException = null)
        : base(Compose(path, lineNumber, bytePositionInLine, reason), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        Reason = reason;
    }

    /// <summary>Gets the JSON path of the offending value, e.g. <c>$.schedule.days[3].date</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the zero-based line in the JSON text, when known.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the zero-based byte position within the line, when known.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>Gets what is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    private static string Compose(string path, long? line, long? position, string reason)
    {
        string where = line is null ? path : $"{path} (line {line + 1}, byte {position + 1})";
        return $"{where}: {reason}";
    }
}
