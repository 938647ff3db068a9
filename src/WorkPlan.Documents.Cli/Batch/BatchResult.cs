namespace WorkPlan.Documents.Cli.Batch;

/// <summary>The outcome of a batch: what failed and what was not rendered, in input order.</summary>
/// <param name="Total">The number of inputs.</param>
/// <param name="Failures">The inputs that failed, with their errors, in input order.</param>
/// <param name="NotRendered">
/// The inputs not rendered because an error global to the run (<see cref="TemplateFailures.IsGlobal"/>) stopped it,
/// in input order; empty unless <see cref="Stopped"/>.
/// </param>
/// <param name="Stopped">Whether a global error stopped the run; it is then one of <see cref="Failures"/>.</param>
internal sealed record BatchResult(int Total, IReadOnlyList<BatchFailure> Failures, IReadOnlyList<string> NotRendered, bool Stopped)
{
    /// <summary>Gets the number of inputs whose documents were written.</summary>
    public int Rendered => Total - Failures.Count - NotRendered.Count;

    /// <summary>
    /// Gets the exit code of the run: 0 when every input was rendered, else the highest exit code of the failures
    /// (70 a bug, before 5 output, before 4 templates, before 3 input), so one kind of failure gives its own code.
    /// </summary>
    public int ExitCode => Failures.Count == 0 ? ExitCodes.Success : Failures.Max(f => f.ExitCode);
}
