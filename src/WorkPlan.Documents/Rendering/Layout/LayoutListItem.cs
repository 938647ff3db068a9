namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A list item (<c>&lt;li&gt;</c>): one paragraph that starts with its list's marker and a space.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutListItem : LayoutNode
{
    /// <summary>Creates the item.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="className">The item's paragraph style class, or null.</param>
    /// <param name="content">The inline content after the marker.</param>
    public LayoutListItem(SourceLocation location, string? className, IReadOnlyList<LayoutInline> content)
        : base(location)
    {
        ClassName = className;
        Content = content;
    }

    /// <summary>Gets the item's paragraph style class, or null.</summary>
    public string? ClassName { get; }

    /// <summary>Gets the inline content after the marker.</summary>
    public IReadOnlyList<LayoutInline> Content { get; }
}
