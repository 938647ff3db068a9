namespace WorkPlan.Documents.Cli;

/// <summary>
/// A failure the user can act on: printed as one line naming the file (and the position in it, when known) and what
/// is wrong, and turned into the exit code given.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(int exitCode, string? file, string message, Exception? innerException = null)
        : this(exitCode, file, null, null, message, innerException)
    {
    }

    public CliException(int exitCode, string? file, long? line, long? column, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the exit code the failure maps to (see <see cref="ExitCodes"/>).</summary>
    public int ExitCode { get; }

    /// <summary>Gets the file the failure concerns, as the user named it; null when it concerns no file.</summary>
    public string? File { get; }

    /// <summary>Gets the 1-based line in <see cref="File"/>, when known.</summary>
    public long? Line { get; }

    /// <summary>Gets the 1-based column in <see cref="File"/>, when known.</summary>
    public long? Column { get; }

    /// <summary>Formats the failure as one line, compiler style: <c>plan.json(12,5): error: what is wrong</c>.</summary>
    public string ToOneLine() => Diagnostics.Format(File, Line, Column, "error", Message);
}
