namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>Section 2: the schedule, its declared columns and its days.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ScheduleView
{
    internal ScheduleView(
        string number,
        string heading,
        SchedulePlacement placement,
        IReadOnlyList<ColumnView> columns,
        IReadOnlyList<DayView> days)
    {
        Number = number;
        Heading = heading;
        InAnnex = placement == SchedulePlacement.Annex;
        Columns = columns;
        Days = days;
        RowCount = days.Sum(d => d.RowCount);
    }

    /// <summary>Gets the section number, "2" (or "1" when there are no focus tasks) (<c>number</c>).</summary>
    public string Number { get; }

    /// <summary>Gets the heading without number and colon, "Dự kiến lịch làm việc tháng 5/2021" (<c>heading</c>).</summary>
    public string Heading { get; }

    /// <summary>
    /// Gets a value indicating whether the section has a heading (<c>has_heading</c>): a programme always has one; a
    /// schedule or notice only when one is given or there are focus tasks before it.
    /// </summary>
    public bool HasHeading => Heading.Length > 0;

    /// <summary>
    /// Gets the heading line, "2. Dự kiến lịch làm việc tháng 5/2021:", or the empty string when there is no heading
    /// (<c>heading_line</c>).
    /// </summary>
    public string HeadingLine => HasHeading ? ViewText.NumberedHeading(Number, Heading) : string.Empty;

    /// <summary>Gets the placement, "body" or "annex" (<c>placement</c>).</summary>
    public string Placement => InAnnex ? "annex" : "body";

    /// <summary>Gets a value indicating whether the table is placed in the annex (<c>in_annex</c>).</summary>
    public bool InAnnex { get; }

    /// <summary>
    /// Gets the sentence the body writes when the table is in the annex, "Chi tiết tại Phụ lục kèm theo."
    /// (<c>annex_reference</c>).
    /// </summary>
    public string AnnexReference { get; } = "Chi tiết tại Phụ lục kèm theo.";

    /// <summary>Gets the declared columns in order, the day column first when there is one (<c>columns</c>).</summary>
    public IReadOnlyList<ColumnView> Columns { get; }

    /// <summary>Gets a value indicating whether the first column is the day column (<c>has_day_column</c>).</summary>
    public bool HasDayColumn => Columns.Count > 0 && Columns[0].IsDay;

    /// <summary>
    /// Gets the columns a row's cells fill: every column but the day column (<c>cell_column_count</c>); the span of a
    /// holiday cell's span.
    /// </summary>
    public int CellColumnCount => HasDayColumn ? Columns.Count - 1 : Columns.Count;

    /// <summary>Gets the days in date order (<c>days</c>).</summary>
    public IReadOnlyList<DayView> Days { get; }

    /// <summary>Gets the number of body rows of the table, all days together (<c>row_count</c>).</summary>
    public int RowCount { get; }
}
