namespace WorkPlan.Documents.Cli;

/// <summary>
/// Running out of memory or stack outside template work: an input error (exit 3) for the input being processed, never
/// an internal error. Within the model's limits (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md">docs/limits.md</see>) a programme needs a few hundred megabytes, so memory
/// runs out only on an input past them (a file too large to read, say) or on a machine too small for it. Template work
/// reports its own exhaustion as a template error (exit 4) through the library's <c>TemplateException</c>.
/// </summary>
internal static class ResourceExhaustion
{
    /// <summary>Tells whether <paramref name="error"/> is memory or stack running out.</summary>
    public static bool Is(Exception error) => error is OutOfMemoryException or InsufficientExecutionStackException;

    /// <summary>The one-line error for <paramref name="error"/> met while processing <paramref name="input"/>.</summary>
    /// <param name="input">The input being processed, or null when none is known.</param>
    /// <param name="error">The <see cref="OutOfMemoryException"/> or <see cref="InsufficientExecutionStackException"/>.</param>
    public static CliException ToCliException(string? input, Exception error) =>
        new(
            ExitCodes.InvalidInput,
            input,
            error is OutOfMemoryException
                ? "ran out of memory processing this input: it is larger than this machine can hold (see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md for the largest programme accepted)."
                : "ran out of stack processing this input: it nests too deeply (see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md).",
            error);
}
