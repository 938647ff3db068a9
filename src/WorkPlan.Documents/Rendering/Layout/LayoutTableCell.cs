namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A table cell (<c>&lt;td&gt;</c>) holding blocks; it may span columns and rows.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutTableCell : LayoutNode
{
    /// <summary>Creates the cell.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="className">The cell's class, or null.</param>
    /// <param name="column">The 0-based grid column the cell starts in.</param>
    /// <param name="columnSpan">How many grid columns the cell covers (at least 1).</param>
    /// <param name="rowSpan">How many rows the cell covers (at least 1).</param>
    /// <param name="verticalAlignment">Where the content sits vertically (<c>valign</c>), or null when not given (the class decides, else top).</param>
    /// <param name="blocks">The content; may be empty.</param>
    public LayoutTableCell(
        SourceLocation location,
        string? className,
        int column,
        int columnSpan,
        int rowSpan,
        CellVerticalAlignment? verticalAlignment,
        IReadOnlyList<LayoutBlock> blocks)
        : base(location)
    {
        ClassName = className;
        Column = column;
        ColumnSpan = columnSpan;
        RowSpan = rowSpan;
        VerticalAlignment = verticalAlignment;
        Blocks = blocks;
    }

    /// <summary>Gets the cell's class, or null.</summary>
    public string? ClassName { get; }

    /// <summary>Gets the 0-based grid column the cell starts in.</summary>
    public int Column { get; }

    /// <summary>Gets how many grid columns the cell covers.</summary>
    public int ColumnSpan { get; }

    /// <summary>Gets how many rows the cell covers.</summary>
    public int RowSpan { get; }

    /// <summary>Gets where the content sits vertically (<c>valign</c>), or null when not given.</summary>
    public CellVerticalAlignment? VerticalAlignment { get; }

    /// <summary>Gets the content blocks.</summary>
    public IReadOnlyList<LayoutBlock> Blocks { get; }
}
