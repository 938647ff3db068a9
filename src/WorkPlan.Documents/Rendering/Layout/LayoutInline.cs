namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// A piece of a paragraph's content, flattened: <see cref="LayoutText"/>, <see cref="LayoutLineBreak"/> or
/// <see cref="LayoutPageNumber"/>, each with the <see cref="InlineFormat"/> of the inline elements around it.
/// </summary>
/// <remarks>
/// Inline elements are flattened into runs (as Word stores them) after white space has been collapsed, so both
/// writers see exactly the characters to show.
/// </remarks>
internal abstract class LayoutInline
{
    /// <summary>Initialises the run.</summary>
    /// <param name="format">The formatting around the run.</param>
    protected LayoutInline(InlineFormat format) => Format = format;

    /// <summary>Gets the formatting around the run.</summary>
    public InlineFormat Format { get; }
}
