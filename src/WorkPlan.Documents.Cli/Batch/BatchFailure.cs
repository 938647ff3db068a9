namespace WorkPlan.Documents.Cli.Batch;

/// <summary>An input of a batch that failed: which, the exit code its failure maps to, and the one-line error.</summary>
/// <param name="Input">The programme file, as the user named it.</param>
/// <param name="ExitCode">The exit code of the failure (<see cref="ExitCodes"/>).</param>
/// <param name="Line">The error, one line, compiler style (<c>plan.json(12,5): error: …</c>).</param>
internal sealed record BatchFailure(string Input, int ExitCode, string Line);
