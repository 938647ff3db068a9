using Ical.Net;
using Ical.Net.CalendarComponents;
using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Feeds;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Common;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Feeds;

/// <summary>
/// The calendar feed, read back by an independent iCalendar parser (Ical.Net): every entry of the seed month is an
/// event at the local time its session stands for, in Asia/Ho_Chi_Minh; UIDs survive re-renders and edits.
/// </summary>
public class CalendarFeedTests
{
    private static readonly Instant Stamp = Renderers.FixedInstant;

    [Fact]
    public void The_seed_month_gives_one_event_per_entry_at_its_sessions_local_time()
    {
        WorkProgramme seed = Renderers.Seed();
        var expected = seed.Schedule.Days
            .SelectMany(d => d.Sessions.SelectMany(s => s.Entries.Select(e => (Day: d.Date, Session: s.Kind, Entry: e))))
            .ToList();

        Ical.Net.Calendar calendar = Ical.Net.Calendar.Load(CalendarFeed.Write(seed, Stamp))!;

        Assert.Equal(89, expected.Count);
        Assert.Equal(89, calendar.Events.Count);
        Assert.Equal(89, calendar.Events.Select(e => e.Uid).Distinct().Count());
        List<CalendarEvent> events = [.. calendar.Events];
        for (int i = 0; i < expected.Count; i++)
        {
            (LocalDate day, SessionKind session, ScheduleEntry entry) = expected[i];
            CalendarEvent found = events[i];
            Assert.Equal(entry.Content, found.Summary);
            if (entry.IsAllDay || session == SessionKind.AllDay)
            {
                Assert.False(found.DtStart!.HasTime);
                Assert.Equal(day.ToDateOnly(), found.DtStart.Date);
                Assert.Equal(day.PlusDays(1).ToDateOnly(), found.DtEnd!.Date);
                continue;
            }

            (int startHour, int startMinute, int endHour, int endMinute) = session == SessionKind.Morning ? (7, 30, 11, 30) : (13, 30, 17, 0);
            Assert.Equal("Asia/Ho_Chi_Minh", found.DtStart!.TzId);
            Assert.Equal(new DateTime(day.Year, day.Month, day.Day, startHour, startMinute, 0), found.DtStart.Value);
            Assert.Equal(new DateTime(day.Year, day.Month, day.Day, endHour, endMinute, 0), found.DtEnd!.Value);
            // UTC+7: the instant a client shows is seven hours before the wall time.
            Assert.Equal(new DateTime(day.Year, day.Month, day.Day, startHour, startMinute, 0, DateTimeKind.Utc).AddHours(-7), found.DtStart.AsUtc);
            Assert.Contains(session == SessionKind.Morning ? "Buổi sáng" : "Buổi chiều", found.Categories);
            if (entry.PreparingUnit is { } unit)
            {
                Assert.Contains("Chủ trì chuẩn bị: " + unit, found.Description, StringComparison.Ordinal);
                Assert.Contains(unit, found.Categories);
            }

            Assert.All(entry.Leaders, l => Assert.Contains(l.DisplayName, found.Description, StringComparison.Ordinal));
        }

        Assert.Equal(14, events.Count(e => e.DtStart is { HasTime: false }));
    }

    [Fact]
    public void The_seed_feed_matches_its_golden()
    {
        string feed = Renderers.Default.RenderIcs(Renderers.Seed());

        Assert.Contains("\r\n", feed, StringComparison.Ordinal);
        Assert.DoesNotContain(feed.Replace("\r\n", string.Empty, StringComparison.Ordinal), c => c is '\r' or '\n');
        Golden.Verify(feed, "ics");
    }

    [Fact]
    public void Uids_are_the_same_in_every_render_and_survive_an_added_entry()
    {
        WorkProgramme seed = Renderers.Seed();
        string first = CalendarFeed.Write(seed, Stamp);
        Assert.Equal(first, CalendarFeed.Write(seed, Stamp));

        List<string> seedUids = Uids(first);
        string withSeedMorning = CalendarFeed.Write(Concat(seed, new LocalDate(2021, 5, 4), new ScheduleEntry("Tiếp khách")), Stamp);
        Assert.Superset(seedUids.ToHashSet(), Uids(withSeedMorning).ToHashSet());
        Assert.Equal(seedUids.Count + 1, Uids(withSeedMorning).Count);
    }

    [Fact]
    public void A_leaders_own_feed_has_only_the_entries_that_list_that_leader()
    {
        WorkProgramme seed = Renderers.Seed();
        int expected = seed.Schedule.Days.SelectMany(d => d.Entries).Count(e => e.Leaders.Any(l => l.Name == "Oánh"));

        Ical.Net.Calendar calendar = Ical.Net.Calendar.Load(CalendarFeed.Write(seed, Stamp, new CalendarFeedOptions { Person = "Đ/c Oánh" }))!;

        Assert.InRange(expected, 1, 88);
        Assert.Equal(expected, calendar.Events.Count);
        Assert.All(calendar.Events, e => Assert.Contains("Đ/c Oánh", e.Description, StringComparison.Ordinal));
    }

    [Fact]
    public void Session_hours_and_a_start_time_are_the_events_times()
    {
        WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 12)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithSignature(Samples.Signature)
            .Day(new LocalDate(2021, 5, 10), d => d
                .Morning(s => s.AddAtLocation(new LocalTime(8, 0), "Họp", "Phòng họp số 1", null))
                .Afternoon(s => s.AddAt(new LocalTime(17, 30), "Tiếp dân")))
            .Build();
        var options = new CalendarFeedOptions { Morning = new SessionHours(new LocalTime(7, 0), new LocalTime(11, 30)) };

        List<CalendarEvent> events = [.. Ical.Net.Calendar.Load(CalendarFeed.Write(programme, Stamp, options))!.Events];

        Assert.Equal((new DateTime(2021, 5, 10, 8, 0, 0), new DateTime(2021, 5, 10, 11, 30, 0)), (events[0].DtStart!.Value, events[0].DtEnd!.Value));
        Assert.Equal("Phòng họp số 1", events[0].Location);
        // After the afternoon's end: the default length of an event with only a start time.
        Assert.Equal((new DateTime(2021, 5, 10, 17, 30, 0), new DateTime(2021, 5, 10, 18, 30, 0)), (events[1].DtStart!.Value, events[1].DtEnd!.Value));
        Assert.Throws<ArgumentException>(() => new SessionHours(new LocalTime(11, 0), new LocalTime(7, 0)));
    }

    [Fact]
    public void The_holidays_of_a_period_are_a_calendar_of_their_own()
    {
        ProgrammePeriod period = ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31)));
        VietnameseHolidayCalendar holidays = VietnameseHolidayCalendar.Default;
        List<LocalDate> expected = [.. period.Dates.Where(d => holidays.Classify(d).Status == DayStatus.Holiday)];

        Ical.Net.Calendar calendar = Ical.Net.Calendar.Load(CalendarFeed.WriteHolidays(period, holidays, Stamp))!;

        var covered = calendar.Events
            .SelectMany(e => Enumerable.Range(0, e.DtEnd!.Date.DayNumber - e.DtStart!.Date.DayNumber).Select(i => LocalDate.FromDateOnly(e.DtStart.Date).PlusDays(i)))
            .ToList();
        Assert.Equal(expected, covered);
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Contains(calendar.Events, e => e.DtStart!.Date == new DateOnly(2021, 9, 2));
        Assert.True(calendar.Events.Count < expected.Count, "consecutive days of one holiday are one event");
    }

    [Theory]
    [InlineData("a,b;c\\d\ne", "a\\,b\\;c\\\\d\\ne")]
    [InlineData("dòng 1\r\ndòng 2", "dòng 1\\ndòng 2")]
    public void Text_values_are_escaped(string value, string escaped) => Assert.Equal(escaped, IcsWriter.Escape(value));

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_a_character()
    {
        var writer = new IcsWriter();
        string content = string.Concat(Enumerable.Repeat("Hoàn thiện hồ sơ xã đạt chuẩn nông thôn mới nâng cao, ", 6));
        writer.Text("SUMMARY", content);
        string written = writer.ToString();

        string[] lines = written.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 4);
        Assert.All(lines, l => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(l), 1, 75));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        Assert.Equal("SUMMARY:" + IcsWriter.Escape(content), string.Concat(lines.Select((l, i) => i == 0 ? l : l[1..])));
    }

    private static List<string> Uids(string feed) => [.. Ical.Net.Calendar.Load(feed)!.Events.Select(e => e.Uid!)];

    private static WorkProgramme Concat(WorkProgramme programme, LocalDate date, ScheduleEntry added)
    {
        WorkProgrammeBuilder builder = WorkProgramme.CreateBuilder(programme.Period)
            .WithAgency(programme.Agency)
            .WithIdentity(programme.Identity)
            .WithSignature(programme.Signature);
        foreach (ScheduleDay day in programme.Schedule.Days)
        {
            builder.Day(day.Date, d =>
            {
                d.Status(day.Status, day.HolidayName);
                foreach (ScheduleSession session in day.Sessions)
                {
                    Action<SessionBuilder> fill = s =>
                    {
                        if (day.Date == date && session.Kind == SessionKind.Morning)
                        {
                            s.Add(added); // first: the others move down one place and keep their UIDs
                        }

                        foreach (ScheduleEntry entry in session.Entries)
                        {
                            s.Add(entry);
                        }
                    };
                    d.Session(session.Kind, fill);
                }
            });
        }

        return builder.Build();
    }
}
