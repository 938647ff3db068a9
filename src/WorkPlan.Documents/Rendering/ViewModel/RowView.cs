namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// One row of a day: a session label ("Buổi sáng:"), an entry, the holiday row ("Nghỉ lễ") or the empty row of a
/// day without entries. Its cells fill every declared column but the day column.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class RowView
{
    internal RowView(string kind, string? session, string? label, IReadOnlyList<CellView> cells, EntryView? entry)
    {
        Kind = kind;
        Session = session;
        Label = label;
        Cells = cells;
        Entry = entry;
    }

    /// <summary>Gets the kind of row: "session", "entry", "holiday" or "empty" (<c>kind</c>).</summary>
    public string Kind { get; }

    /// <summary>
    /// Gets the session of a session or entry row: "all_day", "morning", "afternoon" or "evening"; null otherwise
    /// (<c>session</c>).
    /// </summary>
    public string? Session { get; }

    /// <summary>Gets the label of a session row ("Buổi sáng:") or holiday row ("Nghỉ lễ"); null otherwise (<c>label</c>).</summary>
    public string? Label { get; }

    /// <summary>
    /// Gets the cells in column order, without the day column. A holiday row has one cell spanning them all
    /// (<c>cells</c>).
    /// </summary>
    public IReadOnlyList<CellView> Cells { get; }

    /// <summary>Gets the entry of an entry row, with every field; null otherwise (<c>entry</c>).</summary>
    public EntryView? Entry { get; }
}
