namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// A table (<c>&lt;table&gt;</c>) on a grid of columns with given widths. Cells may span columns and rows;
/// the reader has checked that every row covers the grid exactly.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutTable : LayoutBlock
{
    /// <summary>Creates the table.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="className">The table's class, or null.</param>
    /// <param name="borders">Which lines the table draws.</param>
    /// <param name="headerRows">How many leading rows repeat on every page.</param>
    /// <param name="rowsCanSplit">Whether a row may break across pages.</param>
    /// <param name="width">The table width (a percentage refers to the width available to the table), or null when not given.</param>
    /// <param name="columns">The grid column widths; percentages refer to <paramref name="width"/>.</param>
    /// <param name="rows">The rows, at least one.</param>
    public LayoutTable(
        SourceLocation location,
        string? className,
        TableBorders borders,
        int headerRows,
        bool rowsCanSplit,
        LayoutLength? width,
        IReadOnlyList<LayoutLength> columns,
        IReadOnlyList<LayoutTableRow> rows)
        : base(location)
    {
        ClassName = className;
        Borders = borders;
        HeaderRows = headerRows;
        RowsCanSplit = rowsCanSplit;
        Width = width;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>Gets the table's class, or null.</summary>
    public string? ClassName { get; }

    /// <summary>Gets which lines the table draws.</summary>
    public TableBorders Borders { get; }

    /// <summary>Gets how many leading rows are header rows, repeated on every page.</summary>
    public int HeaderRows { get; }

    /// <summary>Gets a value indicating whether a row may break across pages.</summary>
    public bool RowsCanSplit { get; }

    /// <summary>Gets the table width given on the element, or null (then the class's <c>width</c>, else 100%).</summary>
    public LayoutLength? Width { get; }

    /// <summary>Gets the grid column widths.</summary>
    public IReadOnlyList<LayoutLength> Columns { get; }

    /// <summary>Gets the rows.</summary>
    public IReadOnlyList<LayoutTableRow> Rows { get; }

    /// <summary>
    /// Resolves the column widths in points for a table <paramref name="tablePoints"/> wide.
    /// Percent columns refer to the table width; absolute columns keep their size.
    /// </summary>
    /// <param name="tablePoints">The table width in points.</param>
    /// <returns>The width of each grid column in points.</returns>
    public double[] ResolveColumnWidths(double tablePoints)
    {
        double table = tablePoints;
        var widths = new double[Columns.Count];
        for (int i = 0; i < widths.Length; i++)
        {
            widths[i] = Columns[i].ToPoints(table);
        }

        return widths;
    }
}
