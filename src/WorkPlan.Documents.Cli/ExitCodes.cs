namespace WorkPlan.Documents.Cli;

/// <summary>
/// The process exit codes of <c>workplan</c>, documented in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/cli.md">docs/cli.md</see>. Scripts rely on them: keep the numbers.
/// </summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// The command did its work but reported at least one error: <c>check</c> or <c>lint</c> found an error finding; <c>import</c>
    /// wrote the programme but could not place some text (each such line is printed).
    /// </summary>
    public const int ErrorsReported = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>An input (programme JSON, legacy text, header file) is missing, unreadable or invalid.</summary>
    public const int InvalidInput = 3;

    /// <summary>A template folder or stylesheet is missing, unreadable or invalid, or rendering through it failed.</summary>
    public const int InvalidTemplates = 4;

    /// <summary>An output file or folder could not be written (nothing half-written is left behind).</summary>
    public const int OutputFailed = 5;

    /// <summary>The run was cancelled (Ctrl+C); files already completed stay, none is half-written.</summary>
    public const int Cancelled = 130;

    /// <summary>An unexpected internal error: a bug to report, with the message printed.</summary>
    public const int InternalError = 70;
}
