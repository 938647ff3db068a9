using NodaTime;

namespace WorkPlan.Documents.Feeds;

/// <summary>
/// How a programme becomes a calendar feed (<see cref="CalendarFeed"/>): the time zone, the hours each session stands
/// for, the length of an event that has only a start time, and whose feed it is.
/// </summary>
/// <remarks>
/// The default hours are the working hours of Vietnamese state offices (7:30–11:30 and 13:30–17:00; provinces set
/// their own, often 7:00–11:30 and 13:30–17:00 in summer): change them to your office's.
/// </remarks>
/// <threadsafety>Immutable and thread-safe (init-only properties).</threadsafety>
public sealed class CalendarFeedOptions
{
    /// <summary>Creates the default options; set the properties to change them (<c>new CalendarFeedOptions { Person = "Oánh" }</c>).</summary>
    public CalendarFeedOptions()
    {
    }

    /// <summary>Gets the default options: Asia/Ho_Chi_Minh, morning 07:30–11:30, afternoon 13:30–17:00, evening 18:00–21:00.</summary>
    public static CalendarFeedOptions Default { get; } = new();

    /// <summary>Gets the time zone the programme's times are in; Asia/Ho_Chi_Minh (UTC+7, from NodaTime's tzdb) by default.</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>Gets the hours of a morning entry without a start time (buổi sáng); 07:30–11:30 by default.</summary>
    public SessionHours Morning { get; init; } = new(new LocalTime(7, 30), new LocalTime(11, 30));

    /// <summary>Gets the hours of an afternoon entry without a start time (buổi chiều); 13:30–17:00 by default.</summary>
    public SessionHours Afternoon { get; init; } = new(new LocalTime(13, 30), new LocalTime(17, 0));

    /// <summary>Gets the hours of an evening entry without a start time (buổi tối); 18:00–21:00 by default.</summary>
    public SessionHours Evening { get; init; } = new(new LocalTime(18, 0), new LocalTime(21, 0));

    /// <summary>
    /// Gets how long an entry with a start time lasts when its session ends before it would (or it starts after its
    /// session's end); one hour by default. Otherwise such an entry lasts to the end of its session.
    /// </summary>
    public Duration TimedEventLength { get; init; } = Duration.FromHours(1);

    /// <summary>
    /// Gets the leader whose own feed this is (e.g. "Oánh"): only the entries that list that person are written;
    /// null (the default) for every entry. Compared as the checker compares names: case and the honorific aside.
    /// </summary>
    public string? Person { get; init; }

    /// <summary>Gets the hours of a session kind.</summary>
    internal SessionHours HoursOf(Model.SessionKind kind) => kind switch
    {
        Model.SessionKind.Afternoon => Afternoon,
        Model.SessionKind.Evening => Evening,
        _ => Morning,
    };
}
