namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A table row (<c>&lt;tr&gt;</c>): the cells that start in it, left to right.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutTableRow : LayoutNode
{
    /// <summary>Creates the row.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="isHeader">Whether the row is one of the table's header rows.</param>
    /// <param name="cells">The cells that start in this row, in column order (cells covered by a row span from above are not listed).</param>
    public LayoutTableRow(SourceLocation location, bool isHeader, IReadOnlyList<LayoutTableCell> cells)
        : base(location)
    {
        IsHeader = isHeader;
        Cells = cells;
    }

    /// <summary>Gets a value indicating whether the row is a header row.</summary>
    public bool IsHeader { get; }

    /// <summary>Gets the cells that start in this row, in column order.</summary>
    public IReadOnlyList<LayoutTableCell> Cells { get; }
}
