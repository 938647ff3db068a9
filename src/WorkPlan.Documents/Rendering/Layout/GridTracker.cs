namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// Places table cells on the column grid while a table is read: which columns a row span from above still covers,
/// where the next cell starts, and whether a row covers the grid exactly.
/// </summary>
/// <remarks>Not thread-safe; one per table being read.</remarks>
internal sealed class GridTracker
{
    private int[] remaining = [];
    private (SourceLocation Location, int RowSpan)[] spanOrigins = [];
    private int next;

    /// <summary>Gets the number of grid columns.</summary>
    public int ColumnCount => remaining.Length;

    /// <summary>Gets the cell whose row span is still open (reaches past the rows read so far), if any.</summary>
    public (SourceLocation Location, int RowSpan)? OpenSpan
    {
        get
        {
            for (int c = 0; c < remaining.Length; c++)
            {
                if (remaining[c] > 0)
                {
                    return spanOrigins[c];
                }
            }

            return null;
        }
    }

    /// <summary>Starts the grid.</summary>
    /// <param name="columns">The number of grid columns.</param>
    public void Start(int columns)
    {
        remaining = new int[columns];
        spanOrigins = new (SourceLocation, int)[columns];
    }

    /// <summary>Starts a row.</summary>
    public void BeginRow() => next = 0;

    /// <summary>Places the next cell of the row.</summary>
    /// <param name="columnSpan">The cell's colspan.</param>
    /// <param name="rowSpan">The cell's rowspan.</param>
    /// <param name="location">The cell's location, remembered for an open row span.</param>
    /// <param name="problem">Why the cell does not fit, or null.</param>
    /// <returns>The column the cell starts in.</returns>
    public int Place(int columnSpan, int rowSpan, SourceLocation location, out string? problem)
    {
        SkipCovered();
        int start = next;
        if (start + columnSpan > remaining.Length)
        {
            problem = start == 0 || remaining[start - 1] == 0
                ? $"the cell starts in column {start + 1} and spans {columnSpan}, past the table's {remaining.Length} columns"
                : $"the cell starts in column {start + 1} (the columns before it are taken by cells spanning down from rows above) and spans {columnSpan}, past the table's {remaining.Length} columns";
            return start;
        }

        for (int c = start; c < start + columnSpan; c++)
        {
            if (remaining[c] > 0)
            {
                problem = $"the cell's colspan reaches column {c + 1}, which a rowspan from a row above still covers";
                return start;
            }
        }

        for (int c = start; c < start + columnSpan; c++)
        {
            remaining[c] = rowSpan;
            spanOrigins[c] = (location, rowSpan);
        }

        next = start + columnSpan;
        problem = null;
        return start;
    }

    /// <summary>Ends the row: returns how many columns it covers and moves the row spans down one row.</summary>
    /// <returns>The number of columns covered by cells of the row or by row spans from above.</returns>
    public int EndRow()
    {
        SkipCovered();
        int covered = next;
        for (int c = 0; c < remaining.Length; c++)
        {
            if (remaining[c] > 0)
            {
                remaining[c]--;
            }
        }

        return covered;
    }

    private void SkipCovered()
    {
        while (next < remaining.Length && remaining[next] > 0)
        {
            next++;
        }
    }
}
