namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// One day of the schedule: the texts of its day cell and its rows. The day cell spans <see cref="RowCount"/> rows.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DayView
{
    internal DayView(
        string date,
        string dayOfMonth,
        string shortDate,
        string weekday,
        string status,
        string? holidayName,
        IReadOnlyList<RowView> rows)
    {
        Date = date;
        DayOfMonth = dayOfMonth;
        ShortDate = shortDate;
        Weekday = weekday;
        Status = status;
        HolidayName = holidayName;
        Rows = rows;
    }

    /// <summary>Gets the ISO date, "2021-05-01", for attributes and sorting (<c>date</c>).</summary>
    public string Date { get; }

    /// <summary>Gets the day of the month as ND30 pads it, "01" (<c>day_of_month</c>).</summary>
    public string DayOfMonth { get; }

    /// <summary>Gets the short date, "01/5" (<c>short_date</c>).</summary>
    public string ShortDate { get; }

    /// <summary>Gets the weekday in the chosen form, "Thứ Bảy", "Thứ 7" or "T7" (<c>weekday</c>).</summary>
    public string Weekday { get; }

    /// <summary>
    /// Gets the kind of day: "working_day", "weekend", "holiday" or "make_up_working_day" (<c>status</c>).
    /// </summary>
    public string Status { get; }

    /// <summary>Gets a value indicating whether nobody works that day, a weekend or holiday (<c>is_day_off</c>).</summary>
    public bool IsDayOff => Status is "weekend" or "holiday";

    /// <summary>Gets the holiday's name, e.g. "Ngày Quốc tế Lao động", or null (<c>holiday_name</c>).</summary>
    public string? HolidayName { get; }

    /// <summary>Gets the rows in order; at least one (<c>rows</c>).</summary>
    public IReadOnlyList<RowView> Rows { get; }

    /// <summary>Gets the number of rows, the day cell's row span (<c>row_count</c>).</summary>
    public int RowCount => Rows.Count;
}
