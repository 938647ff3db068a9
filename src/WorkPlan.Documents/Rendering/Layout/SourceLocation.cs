namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// Where a layout node came from: its 1-based line and column in the combined markup and the partial
/// (named by the <c>&lt;?partial-begin NAME?&gt;</c> markers) whose output it was part of.
/// </summary>
/// <param name="PartialName">The innermost partial around the node, or null outside every partial.</param>
/// <param name="Line">The 1-based line in the combined markup.</param>
/// <param name="Column">The 1-based column of the node's <c>&lt;</c> (or of the attribute name) in that line.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct SourceLocation(string? PartialName, int Line, int Column)
{
    /// <summary>Returns "partial 'NAME', line L, column C" (or "line L, column C" outside partials).</summary>
    /// <returns>The location as text for error messages.</returns>
    public override string ToString() => PartialName is null
        ? $"line {Line}, column {Column}"
        : $"partial '{PartialName}', line {Line}, column {Column}";
}
