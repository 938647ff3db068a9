using System.Globalization;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// One finding of the template checker: what is wrong, in which template file, at which line and column. Its
/// <see cref="ToString"/> reads like an MSBuild message (<c>signature.sbn-html(9,37): error WPT0003: …</c>), so build
/// logs, the CLI and start-up errors show the same line.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateDiagnostic
{
    /// <summary>Creates a diagnostic with the descriptor's default severity.</summary>
    /// <param name="descriptor">The kind of finding.</param>
    /// <param name="message">What is wrong, in a sentence naming the value and (where one exists) the nearest valid one.</param>
    /// <param name="file">The template file's name relative to the set's folder, e.g. <c>signature.sbn-html</c>.</param>
    /// <param name="line">The 1-based line of the start; 0 when the finding concerns the whole file.</param>
    /// <param name="column">The 1-based column of the start; 0 when the finding concerns the whole file.</param>
    /// <param name="endLine">The 1-based line of the end (inclusive); at least <paramref name="line"/>.</param>
    /// <param name="endColumn">The 1-based column of the end (inclusive).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is negative, or the end is before the start.</exception>
    public TemplateDiagnostic(TemplateDiagnosticDescriptor descriptor, string message, string file, int line, int column, int endLine, int endColumn)
        : this(descriptor, descriptor?.DefaultSeverity ?? TemplateDiagnosticSeverity.Error, message, file, line, column, endLine, endColumn)
    {
    }

    /// <summary>Creates a diagnostic with a given severity.</summary>
    /// <param name="descriptor">The kind of finding.</param>
    /// <param name="severity">The severity (a descriptor's default may be raised or lowered by the caller).</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="file">The template file's name relative to the set's folder.</param>
    /// <param name="line">The 1-based line of the start; 0 for the whole file.</param>
    /// <param name="column">The 1-based column of the start; 0 for the whole file.</param>
    /// <param name="endLine">The 1-based line of the end.</param>
    /// <param name="endColumn">The 1-based column of the end.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A position is negative, or the end is before the start.</exception>
    public TemplateDiagnostic(
        TemplateDiagnosticDescriptor descriptor,
        TemplateDiagnosticSeverity severity,
        string message,
        string file,
        int line,
        int column,
        int endLine,
        int endColumn)
    {
        Descriptor = Preconditions.NotNull(descriptor, nameof(descriptor));
        Message = Preconditions.NotNull(message, nameof(message));
        File = Preconditions.NotNull(file, nameof(file));
        if (line < 0 || column < 0)
        {
            throw new ArgumentOutOfRangeException(line < 0 ? nameof(line) : nameof(column), "A line or column is 1-based, or 0 for the whole file.");
        }

        if (endLine < line || (endLine == line && endColumn < column))
        {
            throw new ArgumentOutOfRangeException(nameof(endLine), $"The end ({endLine},{endColumn}) is before the start ({line},{column}).");
        }

        Severity = severity;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    /// <summary>Gets the kind of finding.</summary>
    public TemplateDiagnosticDescriptor Descriptor { get; }

    /// <summary>Gets the stable id, e.g. <c>WPT0003</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Gets the severity.</summary>
    public TemplateDiagnosticSeverity Severity { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the template file's name relative to the set's folder, e.g. <c>signature.sbn-html</c>.</summary>
    public string File { get; }

    /// <summary>Gets the 1-based line of the start (0 for the whole file).</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the start (0 for the whole file).</summary>
    public int Column { get; }

    /// <summary>Gets the 1-based line of the end.</summary>
    public int EndLine { get; }

    /// <summary>Gets the 1-based column of the end (inclusive).</summary>
    public int EndColumn { get; }

    /// <summary>Gets the help link: <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md">docs/diagnostics.md</see> at this id's anchor.</summary>
    public string HelpLink => Descriptor.HelpLink;

    /// <summary>
    /// Gets the word compilers print for the severity, as <see cref="ToString"/> writes it: "error", "warning" or
    /// "info" — for tools that format the line their own way.
    /// </summary>
    public string SeverityKeyword => SeverityWord(Severity);

    /// <summary>Formats the diagnostic as MSBuild does: <c>file(line,col): error WPT0003: message</c>.</summary>
    /// <returns>The formatted line (without a position when the finding concerns the whole file).</returns>
    public override string ToString()
    {
        string where = Line == 0 ? File : string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", File, Line, Column);
        return where + ": " + SeverityWord(Severity) + " " + Id + ": " + Message;
    }

    /// <summary>The word MSBuild uses for a severity.</summary>
    internal static string SeverityWord(TemplateDiagnosticSeverity severity) => severity switch
    {
        TemplateDiagnosticSeverity.Error => "error",
        TemplateDiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
