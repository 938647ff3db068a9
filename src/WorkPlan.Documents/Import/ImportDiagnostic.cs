using System.Globalization;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Something the importer noticed about one source line: what it is, where (line number and text) and what was
/// done about it. Diagnostics with <see cref="ImportSeverity.Error"/> carry the text of a line, or part of one,
/// that is not in the programme. The message is in English or Vietnamese: <see cref="Message"/> follows the current UI
/// culture where it is read (Vietnamese for any "vi" culture, English otherwise); <see cref="GetMessage"/> words it for a
/// culture given. A diagnostic made with the public constructor keeps the message it is given in every culture.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ImportDiagnostic
{
    private readonly LocalizedText message;

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">The stable code, e.g. "IMP09" (listed in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>).</param>
    /// <param name="lineNumber">The 1-based source line, or 0 when it concerns the whole text or the header file.</param>
    /// <param name="lineText">The text of that line (empty for line 0).</param>
    /// <param name="message">What was found and what was done, as it is to be shown in every language.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lineNumber"/> is negative.</exception>
    public ImportDiagnostic(ImportSeverity severity, string code, int lineNumber, string lineText, string message)
        : this(severity, code, lineNumber, lineText, LocalizedText.Literal(message ?? throw new ArgumentNullException(nameof(message))))
    {
    }

    internal ImportDiagnostic(ImportSeverity severity, string code, int lineNumber, string lineText, LocalizedText message)
    {
        if (lineNumber < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lineNumber), lineNumber, "A line number is 1 or greater, or 0 for the whole text.");
        }

        Severity = severity;
        Code = code ?? throw new ArgumentNullException(nameof(code));
        LineNumber = lineNumber;
        LineText = lineText ?? throw new ArgumentNullException(nameof(lineText));
        this.message = message;
    }

    /// <summary>Gets how serious it is.</summary>
    public ImportSeverity Severity { get; }

    /// <summary>Gets the stable code, e.g. "IMP09".</summary>
    public string Code { get; }

    /// <summary>Gets the 1-based source line, or 0 when the diagnostic concerns the whole text or the header file.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the text of the line as it was read (tabs kept).</summary>
    public string LineText { get; }

    /// <summary>
    /// Gets what was found and what was done, in the language of the current UI culture
    /// (<see cref="CultureInfo.CurrentUICulture"/>): Vietnamese for "vi" and "vi-VN", English otherwise.
    /// </summary>
    public string Message => message.Format(CultureInfo.CurrentUICulture);

    /// <summary>Words what was found and what was done in the language of <paramref name="culture"/>: Vietnamese for "vi" and "vi-VN", English otherwise.</summary>
    /// <param name="culture">The culture whose language to use.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(CultureInfo culture) =>
        message.Format(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>Returns "line 146: information IMP17: …".</summary>
    /// <returns>The diagnostic on one line.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "line {0}: {1} {2}: {3}", LineNumber, Severity.ToString().ToLowerInvariant(), Code, Message);
}
