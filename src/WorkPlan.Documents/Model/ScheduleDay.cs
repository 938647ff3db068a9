using NodaTime;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// One calendar day of the schedule: its status (working day, weekend, holiday, make-up working day) and its sessions.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ScheduleDay
{
    /// <summary>Creates a day.</summary>
    /// <param name="date">The date.</param>
    /// <param name="status">What kind of day it is.</param>
    /// <param name="sessions">The sessions, at most one of each kind; they are kept in the order of <see cref="SessionKind"/>.</param>
    /// <param name="holidayName">The holiday's Vietnamese name for a <see cref="DayStatus.Holiday"/> day (e.g. "Ngày Quốc tế Lao động"); null otherwise or when unknown.</param>
    /// <param name="isProvisional">Whether the status comes from a provisional holiday schedule (computed from the statutory rules, not yet announced).</param>
    /// <param name="writtenWeekday">The weekday as written in an imported source, kept so a checker can compare it with the date; null when built in code.</param>
    /// <exception cref="ArgumentException">A session kind appears twice, a holiday name is given for a day that is not a holiday, or a text holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">The sessions hold more entries than <see cref="ProgrammeLimits.MaxEntriesPerDay"/>, or the holiday name is too long.</exception>
    public ScheduleDay(
        LocalDate date,
        DayStatus status,
        IEnumerable<ScheduleSession>? sessions = null,
        string? holidayName = null,
        bool isProvisional = false,
        IsoDayOfWeek? writtenWeekday = null)
    {
        if (status < DayStatus.WorkingDay || status > DayStatus.MakeUpWorkingDay)
        {
            throw new ArgumentOutOfRangeException("day.status", status, $"day {IsoDate.Format(date)}: status is not a defined day status.");
        }

        if (writtenWeekday is IsoDayOfWeek.None || writtenWeekday > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException("day.writtenWeekday", writtenWeekday, $"day {IsoDate.Format(date)}: writtenWeekday must be Monday to Sunday.");
        }

        Date = date;
        Status = status;
        HolidayName = LimitCheck.Text(XmlSafeText.NormalizeOptional(holidayName, "day.holidayName"), "day.holidayName");
        if (HolidayName is not null && status != DayStatus.Holiday)
        {
            throw new ArgumentException($"day {IsoDate.Format(date)}: holidayName \"{HolidayName}\" is only allowed on a Holiday day, not a {status} day.", "day.holidayName");
        }

        IsProvisional = isProvisional;
        WrittenWeekday = writtenWeekday;
        IReadOnlyList<ScheduleSession> list = Preconditions.Items(sessions, "day.sessions");
        var seen = new HashSet<SessionKind>();
        foreach (ScheduleSession session in list)
        {
            if (!seen.Add(session.Kind))
            {
                throw new ArgumentException($"day {IsoDate.Format(date)}: session {session.Kind} is listed twice; put all of its entries in one session.", "day.sessions");
            }
        }

        LimitCheck.Count(list.Sum(s => s.Entries.Count), ProgrammeLimits.MaxEntriesPerDay, nameof(ProgrammeLimits.MaxEntriesPerDay), "day.sessions", "day " + IsoDate.Format(date), "entries");
        Sessions = list.OrderBy(s => s.Kind).ToList().AsReadOnly();
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the weekday of <see cref="Date"/>.</summary>
    public IsoDayOfWeek DayOfWeek => Date.DayOfWeek;

    /// <summary>Gets what kind of day it is.</summary>
    public DayStatus Status { get; }

    /// <summary>Gets the holiday's name, or null.</summary>
    public string? HolidayName { get; }

    /// <summary>Gets a value indicating whether the status comes from a provisional holiday schedule.</summary>
    public bool IsProvisional { get; }

    /// <summary>Gets the weekday as written in an imported source, or null.</summary>
    public IsoDayOfWeek? WrittenWeekday { get; }

    /// <summary>Gets the sessions in the order of <see cref="SessionKind"/>.</summary>
    public IReadOnlyList<ScheduleSession> Sessions { get; }

    /// <summary>Gets every entry of the day, session by session.</summary>
    public IEnumerable<ScheduleEntry> Entries => Sessions.SelectMany(s => s.Entries);

    /// <summary>Gets a value indicating whether nobody works that day (weekend or holiday).</summary>
    public bool IsDayOff => Status is DayStatus.Weekend or DayStatus.Holiday;

    /// <summary>Returns the session of the given kind, or null.</summary>
    /// <param name="kind">The session kind.</param>
    /// <returns>The session, or null when the day has none of that kind.</returns>
    public ScheduleSession? GetSession(SessionKind kind) => Sessions.FirstOrDefault(s => s.Kind == kind);
}
