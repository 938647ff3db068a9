namespace WorkPlan.Documents.Cli.Output;

/// <summary>What <see cref="TemporaryFiles.RemoveLeftovers"/> did.</summary>
/// <param name="Removed">The full paths of the temporary files removed, in ordinal order.</param>
/// <param name="Failed">The temporary files that could not be removed, with the reason.</param>
internal sealed record LeftoverRemoval(IReadOnlyList<string> Removed, IReadOnlyList<(string Path, string Reason)> Failed);
