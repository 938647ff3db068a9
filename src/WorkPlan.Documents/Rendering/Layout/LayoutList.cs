namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A list (<c>&lt;ul&gt;</c>) whose items each start with the same marker, e.g. "-".</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutList : LayoutBlock
{
    /// <summary>Creates the list.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="className">The list's class, or null.</param>
    /// <param name="marker">The marker text, one of <see cref="LayoutMarkupVocabulary.ListMarkers"/>.</param>
    /// <param name="items">The items, at least one.</param>
    public LayoutList(SourceLocation location, string? className, string marker, IReadOnlyList<LayoutListItem> items)
        : base(location)
    {
        ClassName = className;
        Marker = marker;
        Items = items;
    }

    /// <summary>Gets the list's class, or null.</summary>
    public string? ClassName { get; }

    /// <summary>Gets the marker text.</summary>
    public string Marker { get; }

    /// <summary>Gets the items.</summary>
    public IReadOnlyList<LayoutListItem> Items { get; }
}
