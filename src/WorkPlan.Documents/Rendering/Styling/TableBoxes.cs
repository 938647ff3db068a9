using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// Resolves each cell's borders and padding the way Word does: the table's <c>borders</c> draw the outer frame
/// (top, bottom, left, right) and the inner lines (between rows, between columns) with the table class's line; a
/// cell class's own borders replace those of its sides; padding comes from the cell class, else the table class,
/// else Word's default (0 top and bottom, 5.4 pt left and right).
/// </summary>
/// <remarks>One per table being written; immutable; thread-safe to read.</remarks>
internal sealed class TableBoxes
{
    /// <summary>Word's default left and right cell margin (108 twips = 0.08 in).</summary>
    public const double DefaultHorizontalPadding = 5.4;

    private static readonly BorderLine None = new(0, BorderLineStyle.None, "000000");

    private readonly LayoutTable table;
    private readonly StyleResolver styles;
    private readonly BorderLine outer;
    private readonly BorderLine inner;
    private readonly StyleProperties tableClass;

    /// <summary>Prepares the boxes of a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="styles">The styles of the render.</param>
    public TableBoxes(LayoutTable table, StyleResolver styles)
    {
        this.table = table;
        this.styles = styles;
        var line = styles.TableLine(table);
        outer = table.Borders is TableBorders.All or TableBorders.Outer ? line : None;
        inner = table.Borders is TableBorders.All or TableBorders.Inner ? line : None;
        tableClass = styles.Class(table.ClassName);
    }

    /// <summary>Gets the line of the outer frame (none when the table draws none).</summary>
    public BorderLine Outer => outer;

    /// <summary>Gets the line between cells (none when the table draws none).</summary>
    public BorderLine Inner => inner;

    /// <summary>Gets the default padding of the table's cells: the table class's, else Word's default.</summary>
    public CellBox DefaultPadding => new(
        None, None, None, None,
        tableClass.PaddingTop ?? 0,
        tableClass.PaddingRight ?? DefaultHorizontalPadding,
        tableClass.PaddingBottom ?? 0,
        tableClass.PaddingLeft ?? DefaultHorizontalPadding);

    /// <summary>Returns the box of a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <param name="row">The index of the row the cell starts in.</param>
    /// <returns>The borders and padding.</returns>
    public CellBox CellBox(LayoutTableCell cell, int row)
    {
        var own = styles.Class(cell.ClassName);
        var defaults = DefaultPadding;
        bool top = row == 0;
        bool bottom = row + cell.RowSpan == table.Rows.Count;
        bool left = cell.Column == 0;
        bool right = cell.Column + cell.ColumnSpan == table.Columns.Count;
        return new CellBox(
            own.BorderTop ?? (top ? outer : inner),
            own.BorderRight ?? (right ? outer : inner),
            own.BorderBottom ?? (bottom ? outer : inner),
            own.BorderLeft ?? (left ? outer : inner),
            own.PaddingTop ?? defaults.PaddingTop,
            own.PaddingRight ?? defaults.PaddingRight,
            own.PaddingBottom ?? defaults.PaddingBottom,
            own.PaddingLeft ?? defaults.PaddingLeft);
    }
}
