using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Import;

/// <summary>A day of the schedule table as it is read: its date, written weekday, day-off mark and sessions.</summary>
internal sealed class ParsedDay
{
    private readonly SortedDictionary<SessionKind, List<ScheduleEntry>> sessions = new();

    internal ParsedDay(LocalDate date, LineRecord start)
    {
        Date = date;
        Start = start;
    }

    internal LocalDate Date { get; }

    /// <summary>Gets the row that started the day.</summary>
    internal LineRecord Start { get; }

    /// <summary>Gets the line number of the row that started the day.</summary>
    internal int LineNumber => Start.Number;

    internal IsoDayOfWeek? WrittenWeekday { get; set; }

    /// <summary>Gets or sets a value indicating whether the day number stood alone, so a later line may carry the weekday.</summary>
    internal bool AwaitsWeekday { get; set; }

    internal bool MarkedHoliday { get; set; }

    internal string? HolidayName { get; set; }

    /// <summary>Gets the session opened last, or null before any marker.</summary>
    internal SessionKind? LastSession { get; private set; }

    internal bool HasSession(SessionKind kind) => sessions.ContainsKey(kind);

    internal void OpenSession(SessionKind kind)
    {
        if (!sessions.ContainsKey(kind))
        {
            sessions.Add(kind, []);
        }

        LastSession = kind;
    }

    internal void Add(SessionKind kind, ScheduleEntry entry)
    {
        if (!sessions.TryGetValue(kind, out List<ScheduleEntry>? list))
        {
            list = [];
            sessions.Add(kind, list);
        }

        list.Add(entry);
    }

    internal ScheduleDay Build(IDayClassifier classifier)
    {
        DayClassification classification = classifier.Classify(Date);
        DayStatus status = MarkedHoliday ? DayStatus.Holiday : classification.Status;
        string? holidayName = status != DayStatus.Holiday ? null
            : classification.Status == DayStatus.Holiday ? classification.HolidayName ?? HolidayName
            : HolidayName;
        bool provisional = classification.Status == status && classification.IsProvisional;
        return new ScheduleDay(
            Date,
            status,
            sessions.Select(pair => new ScheduleSession(pair.Key, pair.Value)),
            holidayName,
            provisional,
            WrittenWeekday);
    }
}
