using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>An entry with the day and session it is in and its index in the session.</summary>
internal sealed record PlacedEntry(ScheduleDay Day, SessionKind Session, int Index, ScheduleEntry Entry)
{
    /// <summary>Gets a value indicating whether the entry takes the whole day: "(cả ngày)", or listed under a whole-day session.</summary>
    internal bool IsAllDay => Entry.IsAllDay || Session == SessionKind.AllDay;

    internal ProgrammeLocation Location(string? field = null) => ProgrammeLocation.ForEntry(Day.Date, Session, Index, field);

    /// <summary>"\"Họp hoàn thiện …\" (morning, all day)".</summary>
    internal Localization.LocalizedText Describe()
    {
        string quoted = CheckContext.Quote(Entry.Content);
        Localization.LocalizedText session = CheckContext.SessionName(Session);
        if (Entry.StartTime is { } time)
        {
            string at = time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            return CheckContext.Text(Entry.IsAllDay ? "Entry_DescribedAllDayAt" : "Entry_DescribedAt", quoted, session, at);
        }

        return CheckContext.Text(Entry.IsAllDay ? "Entry_DescribedAllDay" : "Entry_Described", quoted, session);
    }
}
