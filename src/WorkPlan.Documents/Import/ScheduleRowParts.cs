namespace WorkPlan.Documents.Import;

/// <summary>What a schedule-table row holds; a row can hold several parts ("04 Thứ 3 | Buổi sáng:").</summary>
[Flags]
public enum ScheduleRowParts
{
    /// <summary>Nothing (the line is not a schedule row).</summary>
    None = 0,

    /// <summary>A day number that starts a day, "04".</summary>
    DayNumber = 1,

    /// <summary>A weekday, "Thứ 3" or "CN" (next to the day number, or on a later line).</summary>
    Weekday = 2,

    /// <summary>A session marker, "Buổi sáng:".</summary>
    SessionMarker = 4,

    /// <summary>An entry (content, unit, leaders); <see cref="SourceLine.Entry"/> is the entry.</summary>
    Entry = 8,

    /// <summary>A day-off mark, "Nghỉ lễ", making the day a holiday.</summary>
    Holiday = 16,
}
