namespace WorkPlan.Documents.Cli;

/// <summary>Where a run of <c>workplan</c> writes: results to <see cref="Output"/>, errors and progress to <see cref="Error"/>.</summary>
/// <param name="Output">Standard output: the results a script pipes on (JSON, reports).</param>
/// <param name="Error">Standard error: diagnostics, errors and progress.</param>
/// <param name="ErrorIsTerminal">Whether <see cref="Error"/> is a terminal, where progress may redraw one status line.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, bool ErrorIsTerminal)
{
    /// <summary>The process's own console.</summary>
    public static CliConsole System => new(Console.Out, Console.Error, !Console.IsErrorRedirected);
}
