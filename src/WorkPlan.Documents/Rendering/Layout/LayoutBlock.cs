namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// A block: something that stacks vertically in a section, a table cell or the page header —
/// <see cref="LayoutParagraph"/>, <see cref="LayoutTable"/>, <see cref="LayoutList"/>, <see cref="LayoutRule"/>
/// or <see cref="LayoutPageBreak"/>.
/// </summary>
internal abstract class LayoutBlock : LayoutNode
{
    /// <summary>Initialises the block.</summary>
    /// <param name="location">Where the block's element starts in the markup.</param>
    protected LayoutBlock(SourceLocation location)
        : base(location)
    {
    }
}
