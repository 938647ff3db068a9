using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Cli.Batch;

/// <summary>
/// Turns the renderer's template and stylesheet errors into <see cref="CliException"/>s (exit
/// <see cref="ExitCodes.InvalidTemplates"/>) at the template file, line and column, and tells which of them are
/// global to a run.
/// </summary>
/// <threadsafety>Thread-safe.</threadsafety>
internal static class TemplateFailures
{
    /// <summary>A template error: at the partial's file and position, with the input being rendered.</summary>
    /// <param name="error">The error.</param>
    /// <param name="input">The programme file being rendered; null when the error concerns no programme.</param>
    public static CliException From(TemplateException error, string? input) =>
        new(
            ExitCodes.InvalidTemplates,
            error.SourcePath ?? error.PartialName,
            error.Line > 0 ? error.Line : null,
            error.Line > 0 ? error.Column : null,
            While(error.PartialName is null ? error.Reason : $"[partial '{error.PartialName}'] {error.Reason}", input),
            error);

    /// <summary>
    /// A stylesheet error: at the stylesheet's file and position. Global: the renderer parses the stylesheet once,
    /// before it looks at any programme, so no input names it.
    /// </summary>
    public static CliException From(StyleSheetException error) =>
        new(
            ExitCodes.InvalidTemplates,
            error.SourceName,
            error.Line > 0 ? error.Line : null,
            error.Line > 0 ? error.Column : null,
            error.Selector is null ? error.Reason : $"in '{error.Selector}': {error.Reason}",
            error);

    /// <summary>A file of the <c>--templates</c> folder that cannot be read (global: it is the folder's problem).</summary>
    public static CliException Unreadable(Exception error) =>
        new(ExitCodes.InvalidTemplates, null, "a template file cannot be read: " + error.Message, error);

    /// <summary>
    /// Tells whether <paramref name="error"/> is a problem of the template set that every input meets alike, found
    /// without looking at the input: an invalid stylesheet, or a template file that cannot be read. Such an error
    /// stops a batch. A partial's error does not: it may depend on the data (a day with too many entries, a field only
    /// some programmes leave empty), and parsing and running a partial look alike from here.
    /// </summary>
    public static bool IsGlobal(CliException error) =>
        error.ExitCode == ExitCodes.InvalidTemplates
        && error.InnerException is StyleSheetException or IOException or UnauthorizedAccessException;

    private static string While(string reason, string? input) =>
        input is null ? reason : $"{reason} (while rendering {input})";
}
