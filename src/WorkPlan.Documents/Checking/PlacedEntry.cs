using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>An entry with the day and session it is in and its index in the session.</summary>
internal sealed record PlacedEntry(ScheduleDay Day, SessionKind Session, int Index, ScheduleEntry Entry)
{
    /// <summary>Gets a value indicating whether the entry takes the whole day: "(cả ngày)", or listed under a whole-day session.</summary>
    internal bool IsAllDay => Entry.IsAllDay || Session == SessionKind.AllDay;

    internal ProgrammeLocation Location(string? field = null) => ProgrammeLocation.ForEntry(Day.Date, Session, Index, field);

    /// <summary>"\"Họp hoàn thiện …\" (morning, all day)".</summary>
    internal string Describe() =>
        CheckContext.Quote(Entry.Content) + " (" + CheckContext.SessionName(Session)
        + (Entry.IsAllDay ? ", all day" : string.Empty)
        + (Entry.StartTime is { } time ? ", " + time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ")";
}
