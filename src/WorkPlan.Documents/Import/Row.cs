using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// The cells of one schedule row, by role, trimmed; cells missing at the end of the row, and cells holding nothing that
/// can be seen (only zero-width or format characters), read as empty.
/// </summary>
internal sealed class Row
{
    private readonly string[] cells;
    private readonly TableLayout layout;

    internal Row(TableLayout layout, string[] cells)
    {
        this.layout = layout;
        this.cells = new string[layout.Count];
        for (int i = 0; i < layout.Count; i++)
        {
            string cell = i < cells.Length ? cells[i].Trim() : string.Empty;
            this.cells[i] = InvisibleText.IsBlank(cell) ? string.Empty : cell;
        }

        CellCount = Math.Min(cells.Length, layout.Count);
    }

    internal int CellCount { get; }

    internal int ColumnCount => layout.Count;

    internal int MissingCells => layout.Count - CellCount;

    internal string Day => Cell(TableLayout.Role.Day);

    internal string Content => Cell(TableLayout.Role.Content);

    internal string? Unit => Optional(TableLayout.Role.Unit);

    internal string Leaders => Cell(TableLayout.Role.Leaders);

    internal string? Location => Optional(TableLayout.Role.Location);

    /// <summary>Gets the time column's cell ("8 giờ 30"), or null when there is none or it is empty.</summary>
    internal string? StartTime => Optional(TableLayout.Role.StartTime);

    /// <summary>Gets the time column's title, "THỜI GIAN"; null when the table has none.</summary>
    internal string? StartTimeTitle => layout.IndexOf(TableLayout.Role.StartTime) is int i and >= 0 ? layout.Columns[i].Title : null;

    /// <summary>Gets the non-empty cells of unknown columns, by column title; null when there are none.</summary>
    internal List<KeyValuePair<string, string>>? Fields
    {
        get
        {
            List<KeyValuePair<string, string>>? fields = null;
            for (int i = 0; i < cells.Length; i++)
            {
                if (layout.Columns[i].Role == TableLayout.Role.Field && cells[i].Length > 0)
                {
                    (fields ??= []).Add(new KeyValuePair<string, string>(layout.Columns[i].Title, cells[i]));
                }
            }

            return fields;
        }
    }

    /// <summary>Gets a value indicating whether any cell but the day cell has text.</summary>
    internal bool HasAnyBesideDay => Others(includeContent: true).Any();

    /// <summary>Gets a value indicating whether any cell but the day and content cells has text.</summary>
    internal bool HasAnyBesideDayAndContent => Others(includeContent: false).Any();

    /// <summary>Gets the only non-empty cell beside the day cell, or null when there are none or several.</summary>
    internal string? SingleOtherCell
    {
        get
        {
            string[] others = Others(includeContent: true).Take(2).ToArray();
            return others.Length == 1 ? others[0] : null;
        }
    }

    /// <summary>Gets the text of the non-empty cells beside the day and content cells, joined for a message.</summary>
    internal string OtherCellsText => string.Join(" | ", Others(includeContent: false));

    private IEnumerable<string> Others(bool includeContent)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            TableLayout.Role role = layout.Columns[i].Role;
            if (role != TableLayout.Role.Day && (includeContent || role != TableLayout.Role.Content) && cells[i].Length > 0)
            {
                yield return cells[i];
            }
        }
    }

    private string Cell(TableLayout.Role role)
    {
        int index = layout.IndexOf(role);
        return index < 0 ? string.Empty : cells[index];
    }

    private string? Optional(TableLayout.Role role)
    {
        string value = Cell(role);
        return value.Length == 0 ? null : value;
    }
}
