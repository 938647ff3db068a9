namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>One schedule entry with every field pre-formatted, for templates that lay entries out themselves.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class EntryView
{
    internal EntryView(
        string content,
        string text,
        string? preparingUnit,
        IReadOnlyList<string> leaderNames,
        string? startTime,
        string? location,
        bool isAllDay,
        string? calendarOf,
        IReadOnlyDictionary<string, string> fields)
    {
        Content = content;
        Text = text;
        PreparingUnit = preparingUnit;
        LeaderNames = leaderNames;
        Leaders = string.Join(", ", leaderNames);
        StartTime = startTime;
        Location = location;
        IsAllDay = isAllDay;
        CalendarOf = calendarOf;
        Fields = fields;
    }

    /// <summary>
    /// Gets the content as the table shows it: the start time first ("8 giờ 30: "), then the work, then the canonical
    /// annotations "(cả ngày)" and "(Lịch UBND tỉnh)" (<c>content</c>).
    /// </summary>
    public string Content { get; }

    /// <summary>Gets the work alone, without time or annotations (<c>text</c>).</summary>
    public string Text { get; }

    /// <summary>Gets the unit that prepares the work, or null (<c>preparing_unit</c>).</summary>
    public string? PreparingUnit { get; }

    /// <summary>Gets the leaders joined as the table shows them, "Đ/c Oánh, Đ/c Long"; "" for none (<c>leaders</c>).</summary>
    public string Leaders { get; }

    /// <summary>Gets each leader as written, "Đ/c Oánh" (<c>leader_names</c>).</summary>
    public IReadOnlyList<string> LeaderNames { get; }

    /// <summary>Gets the start time, "8 giờ 30" or "14 giờ", or null (<c>start_time</c>).</summary>
    public string? StartTime { get; }

    /// <summary>Gets the location, or null (<c>location</c>).</summary>
    public string? Location { get; }

    /// <summary>Gets a value indicating whether the work lasts the whole day (<c>is_all_day</c>).</summary>
    public bool IsAllDay { get; }

    /// <summary>Gets whose calendar the event belongs to, "UBND tỉnh", or null (<c>calendar_of</c>).</summary>
    public string? CalendarOf { get; }

    /// <summary>
    /// Gets the extra named fields, by name (<c>fields</c>; in a template <c>entry.fields["Ghi chú"]</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Fields { get; }
}
