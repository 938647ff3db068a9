namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A line break inside a paragraph (<c>&lt;br/&gt;</c>, or a line feed in preserved text).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutLineBreak : LayoutInline
{
    /// <summary>Creates the break.</summary>
    /// <param name="format">The formatting around the break.</param>
    public LayoutLineBreak(InlineFormat format)
        : base(format)
    {
    }
}
