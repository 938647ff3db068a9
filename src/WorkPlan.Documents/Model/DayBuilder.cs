using NodaTime;

namespace WorkPlan.Documents.Model;

/// <summary>Collects the status and sessions of one day for <see cref="WorkProgrammeBuilder"/>.</summary>
/// <threadsafety>Not thread-safe: use a builder from one thread.</threadsafety>
public sealed class DayBuilder
{
    private readonly SortedDictionary<SessionKind, SessionBuilder> sessions = new();

    internal DayBuilder(LocalDate date)
    {
        Date = date;
    }

    /// <summary>Gets the date being built.</summary>
    public LocalDate Date { get; }

    internal DayClassification? Classification { get; private set; }

    internal IsoDayOfWeek? WrittenWeekday { get; private set; }

    /// <summary>Sets the day's status, overriding the day classifier.</summary>
    /// <param name="status">The kind of day.</param>
    /// <param name="holidayName">The holiday's name for a holiday; null otherwise.</param>
    /// <returns>This builder.</returns>
    public DayBuilder Status(DayStatus status, string? holidayName = null)
    {
        Classification = new DayClassification(status, holidayName);
        return this;
    }

    /// <summary>Records the weekday as written in a source, for the checker to compare with the date.</summary>
    /// <param name="weekday">The weekday as written.</param>
    /// <returns>This builder.</returns>
    public DayBuilder Written(IsoDayOfWeek weekday)
    {
        WrittenWeekday = weekday;
        return this;
    }

    /// <summary>Adds entries to the morning session (buổi sáng).</summary>
    /// <param name="configure">Adds the entries.</param>
    /// <returns>This builder.</returns>
    public DayBuilder Morning(Action<SessionBuilder> configure) => Session(SessionKind.Morning, configure);

    /// <summary>Adds entries to the afternoon session (buổi chiều).</summary>
    /// <param name="configure">Adds the entries.</param>
    /// <returns>This builder.</returns>
    public DayBuilder Afternoon(Action<SessionBuilder> configure) => Session(SessionKind.Afternoon, configure);

    /// <summary>Adds entries to the evening session (buổi tối).</summary>
    /// <param name="configure">Adds the entries.</param>
    /// <returns>This builder.</returns>
    public DayBuilder Evening(Action<SessionBuilder> configure) => Session(SessionKind.Evening, configure);

    /// <summary>Adds entries to the whole-day session (cả ngày).</summary>
    /// <param name="configure">Adds the entries.</param>
    /// <returns>This builder.</returns>
    public DayBuilder AllDay(Action<SessionBuilder> configure) => Session(SessionKind.AllDay, configure);

    /// <summary>Adds entries to a session; a session named twice collects the entries of both calls.</summary>
    /// <param name="kind">The session.</param>
    /// <param name="configure">Adds the entries; may add none (an empty session is shown as in the seed).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public DayBuilder Session(SessionKind kind, Action<SessionBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        if (!sessions.TryGetValue(kind, out SessionBuilder? session))
        {
            session = new SessionBuilder();
            sessions.Add(kind, session);
        }

        configure(session);
        return this;
    }

    internal ScheduleDay Build(IDayClassifier classifier)
    {
        DayClassification classification = Classification ?? classifier.Classify(Date);
        return new ScheduleDay(
            Date,
            classification.Status,
            sessions.Select(pair => new ScheduleSession(pair.Key, pair.Value.Entries)),
            classification.HolidayName,
            classification.IsProvisional,
            WrittenWeekday);
    }
}
