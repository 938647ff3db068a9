using System.Globalization;

namespace WorkPlan.Documents.Import;

/// <summary>
/// The text (or the header file) cannot become a programme at all: it is empty, binary or not UTF-8, it names no
/// period, or a value the document needs is missing or invalid. The message names the line or header field.
/// Everything less serious is reported as an <see cref="ImportDiagnostic"/> instead.
/// </summary>
public sealed class ProgrammeImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="lineNumber">The 1-based source line concerned, or null when it is not about one line (e.g. the header file).</param>
    /// <param name="reason">What is wrong and what was expected.</param>
    /// <param name="innerException">The exception that revealed the problem, or null.</param>
    public ProgrammeImportException(int? lineNumber, string reason, Exception? innerException = null)
        : base(lineNumber is null ? reason : string.Format(CultureInfo.InvariantCulture, "line {0}: {1}", lineNumber, reason), innerException)
    {
        LineNumber = lineNumber;
        Reason = reason;
    }

    /// <summary>Gets the 1-based source line concerned, or null.</summary>
    public int? LineNumber { get; }

    /// <summary>Gets what is wrong, without the line number.</summary>
    public string Reason { get; }
}
