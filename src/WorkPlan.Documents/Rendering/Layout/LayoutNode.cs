namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A node of the layout tree, with the place in the markup it was read from.</summary>
/// <threadsafety>Immutable once built by <see cref="LayoutMarkupReader"/>; thread-safe to read.</threadsafety>
internal abstract class LayoutNode
{
    /// <summary>Initialises the node.</summary>
    /// <param name="location">Where the node's element starts in the markup.</param>
    protected LayoutNode(SourceLocation location) => Location = location;

    /// <summary>Gets where the node's element starts in the markup.</summary>
    public SourceLocation Location { get; }
}
