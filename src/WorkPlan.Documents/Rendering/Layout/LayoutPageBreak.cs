namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A forced page break (<c>&lt;page-break/&gt;</c>).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutPageBreak : LayoutBlock
{
    /// <summary>Creates the break.</summary>
    /// <param name="location">Where the element starts.</param>
    public LayoutPageBreak(SourceLocation location)
        : base(location)
    {
    }
}
