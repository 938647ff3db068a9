using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Feeds;

/// <summary>
/// A programme as an iCalendar feed (RFC 5545, <c>.ics</c>), the form leaders and their assistants consult: one event
/// per schedule entry, in the office's time zone, with its place, its preparing unit and leaders, its session; and the
/// public holidays of a period as a calendar of their own (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/calendar-feeds.md">docs/calendar-feeds.md</see>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class CalendarFeed
{
    private const string ProductId = "-//WorkPlan.Documents//Chuong trinh cong tac//VI";

    /// <summary>Writes the programme's entries as a calendar.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="stamp">When the feed is made (DTSTAMP of every event): pass a fixed instant for byte-identical feeds.</param>
    /// <param name="options">Time zone, session hours and whose feed; null for <see cref="CalendarFeedOptions.Default"/>.</param>
    /// <returns>The feed: UTF-8 text with CRLF line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="CalendarFeedOptions.Person"/> is given but empty.</exception>
    public static string Write(WorkProgramme programme, Instant stamp, CalendarFeedOptions? options = null)
    {
        if (programme is null)
        {
            throw new ArgumentNullException(nameof(programme));
        }

        options ??= CalendarFeedOptions.Default;
        Person? person = options.Person is null ? null : Person.FromWritten(options.Person);
        var ics = new IcsWriter();
        string name = programme.Abstract + " – " + programme.Agency.Abbreviation + (person is null ? string.Empty : " – " + person.DisplayName);
        Begin(ics, name, options.TimeZone, programme.Period);

        foreach (ScheduleDay day in programme.Schedule.Days)
        {
            foreach (ScheduleSession session in day.Sessions)
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (ScheduleEntry entry in session.Entries)
                {
                    seen.TryGetValue(entry.Content, out int occurrence);
                    seen[entry.Content] = occurrence + 1;
                    if (person is not null && !entry.Leaders.Any(leader => SamePerson(leader, person)))
                    {
                        continue;
                    }

                    WriteEvent(ics, programme, day, session.Kind, entry, occurrence, stamp, options);
                }
            }
        }

        ics.Raw("END", "VCALENDAR");
        return ics.ToString();
    }

    /// <summary>Writes the public holidays of a period as a calendar of all-day events, one per holiday (consecutive days of one holiday together).</summary>
    /// <param name="period">The period.</param>
    /// <param name="calendar">The holiday calendar, e.g. <c>VietnameseHolidayCalendar.Default</c>.</param>
    /// <param name="stamp">When the feed is made (DTSTAMP).</param>
    /// <param name="options">The time zone (for the calendar's own); null for the defaults.</param>
    /// <returns>The feed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string WriteHolidays(ProgrammePeriod period, IDayClassifier calendar, Instant stamp, CalendarFeedOptions? options = null)
    {
        if (period is null)
        {
            throw new ArgumentNullException(nameof(period));
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        options ??= CalendarFeedOptions.Default;
        var ics = new IcsWriter();
        string when = period.Month is { } month
            ? "tháng " + Nd30DateFormat.ShortMonth(month)
            : "từ ngày " + Nd30DateFormat.ShortDate(period.Start) + " đến ngày " + Nd30DateFormat.ShortDate(period.End);
        Begin(ics, "Ngày nghỉ lễ, Tết " + when, options.TimeZone, period);
        LocalDate? first = null;
        string? holiday = null;
        LocalDate last = period.Start;
        foreach (LocalDate date in period.Dates)
        {
            DayClassification day = calendar.Classify(date);
            string? name = day.Status == DayStatus.Holiday ? day.HolidayName ?? "Nghỉ lễ" : null;
            if (holiday is not null && name != holiday)
            {
                WriteHoliday(ics, holiday, first!.Value, last, stamp);
                holiday = null;
            }

            if (name is not null && holiday is null)
            {
                (holiday, first) = (name, date);
            }

            last = date;
        }

        if (holiday is not null)
        {
            WriteHoliday(ics, holiday, first!.Value, last, stamp);
        }

        ics.Raw("END", "VCALENDAR");
        return ics.ToString();
    }

    private static void Begin(IcsWriter ics, string name, DateTimeZone zone, ProgrammePeriod period)
    {
        ics.Raw("BEGIN", "VCALENDAR");
        ics.Raw("VERSION", "2.0");
        ics.Raw("PRODID", ProductId);
        ics.Raw("CALSCALE", "GREGORIAN");
        ics.Raw("METHOD", "PUBLISH");
        ics.Text("X-WR-CALNAME", name);
        ics.Raw("X-WR-TIMEZONE", zone.Id);
        WriteTimeZone(ics, zone, period);
    }

    private static void WriteEvent(
        IcsWriter ics, WorkProgramme programme, ScheduleDay day, SessionKind session, ScheduleEntry entry, int occurrence, Instant stamp, CalendarFeedOptions options)
    {
        ics.Raw("BEGIN", "VEVENT");
        ics.Raw("UID", EntryUid.Of(programme.Agency.Abbreviation, day.Date, session, entry.Content, occurrence));
        ics.Utc("DTSTAMP", stamp);
        if (entry.IsAllDay || session == SessionKind.AllDay)
        {
            ics.Date("DTSTART", day.Date);
            ics.Date("DTEND", day.Date.PlusDays(1));
        }
        else
        {
            SessionHours hours = options.HoursOf(session);
            LocalTime start = entry.StartTime ?? hours.Start;
            LocalDateTime end = entry.StartTime is null || start < hours.End
                ? day.Date + hours.End
                : (day.Date + start).PlusTicks(options.TimedEventLength.BclCompatibleTicks);
            ics.LocalDateTime("DTSTART", options.TimeZone.Id, day.Date + start);
            ics.LocalDateTime("DTEND", options.TimeZone.Id, end);
        }

        ics.Text("SUMMARY", entry.Content);
        if (entry.Location is not null)
        {
            ics.Text("LOCATION", entry.Location);
        }

        ics.Text("DESCRIPTION", Description(entry));
        ics.Raw("CATEGORIES", string.Join(",", new[] { SessionName(session, entry), entry.PreparingUnit }.Where(c => c is not null).Select(c => IcsWriter.Escape(c!))));
        ics.Raw("TRANSP", "OPAQUE");
        ics.Raw("END", "VEVENT");
    }

    private static void WriteHoliday(IcsWriter ics, string name, LocalDate first, LocalDate last, Instant stamp)
    {
        ics.Raw("BEGIN", "VEVENT");
        ics.Raw("UID", EntryUid.OfHoliday(name, first));
        ics.Utc("DTSTAMP", stamp);
        ics.Date("DTSTART", first);
        ics.Date("DTEND", last.PlusDays(1));
        ics.Text("SUMMARY", name);
        ics.Raw("CATEGORIES", "Nghỉ lễ");
        ics.Raw("TRANSP", "TRANSPARENT");
        ics.Raw("END", "VEVENT");
    }

    private static string Description(ScheduleEntry entry)
    {
        var lines = new List<string>();
        if (entry.PreparingUnit is not null)
        {
            lines.Add("Chủ trì chuẩn bị: " + entry.PreparingUnit);
        }

        if (entry.Leaders.Count > 0)
        {
            lines.Add("Lãnh đạo chủ trì, hoặc tham dự: " + string.Join(", ", entry.Leaders.Select(l => l.DisplayName)));
        }

        if (entry.CalendarOf is not null)
        {
            lines.Add("Lịch " + entry.CalendarOf);
        }

        return string.Join("\n", lines);
    }

    private static string SessionName(SessionKind session, ScheduleEntry entry) => entry.IsAllDay ? "Cả ngày" : session switch
    {
        SessionKind.Morning => "Buổi sáng",
        SessionKind.Afternoon => "Buổi chiều",
        SessionKind.Evening => "Buổi tối",
        _ => "Cả ngày",
    };

    // Names compared as people write them: NFC (the model's text is), letter case and the honorific aside.
    private static bool SamePerson(Person a, Person b) => string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    // VTIMEZONE from NodaTime's tzdb: one STANDARD (or DAYLIGHT) part per zone interval that touches the period, so a
    // client without the zone, or with other rules for it, reads the times as the office meant them.
    private static void WriteTimeZone(IcsWriter ics, DateTimeZone zone, ProgrammePeriod period)
    {
        Instant from = period.Start.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        Instant to = period.End.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        ics.Raw("BEGIN", "VTIMEZONE");
        ics.Raw("TZID", zone.Id);
        foreach (ZoneInterval interval in zone.GetZoneIntervals(from, to))
        {
            Offset before = interval.HasStart ? zone.GetUtcOffset(interval.Start - Duration.Epsilon) : interval.WallOffset;
            string part = interval.Savings != Offset.Zero ? "DAYLIGHT" : "STANDARD";
            // The onset in the local time in force before it (RFC 5545 §3.6.5: DTSTART is read with TZOFFSETFROM).
            LocalDateTime start = interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : new LocalDateTime(1970, 1, 1, 0, 0);
            ics.Raw("BEGIN", part);
            ics.Raw("DTSTART", start.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
            ics.Raw("TZOFFSETFROM", Format(before));
            ics.Raw("TZOFFSETTO", Format(interval.WallOffset));
            ics.Text("TZNAME", interval.Name);
            ics.Raw("END", part);
        }

        ics.Raw("END", "VTIMEZONE");
    }

    private static string Format(Offset offset)
    {
        int seconds = offset.Seconds;
        char sign = seconds < 0 ? '-' : '+';
        seconds = Math.Abs(seconds);
        return string.Format(CultureInfo.InvariantCulture, "{0}{1:00}{2:00}", sign, seconds / 3600, seconds / 60 % 60);
    }
}
