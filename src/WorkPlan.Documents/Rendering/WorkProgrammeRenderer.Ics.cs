using WorkPlan.Documents.Feeds;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Rendering;

/// <content>Calendar feed output: the programme's entries as iCalendar events.</content>
public sealed partial class WorkProgrammeRenderer
{
    /// <summary>
    /// Renders the programme as an iCalendar feed (<c>.ics</c>): one event per entry, stamped with this renderer's
    /// clock, so a fixed clock gives byte-identical feeds (<see cref="CalendarFeed.Write"/>; <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/calendar-feeds.md">docs/calendar-feeds.md</see>).
    /// Templates and stylesheet play no part: a feed has no layout.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">Time zone, session hours and whose feed; null for the defaults (Asia/Ho_Chi_Minh, office hours, everyone).</param>
    /// <returns>The feed: text with CRLF line ends, to be written as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public string RenderIcs(WorkProgramme programme, CalendarFeedOptions? options = null) =>
        CalendarFeed.Write(programme, clock.GetCurrentInstant(), options);

    /// <summary>
    /// Renders the public holidays of a period as an iCalendar feed of their own, all-day events stamped with this
    /// renderer's clock (<see cref="CalendarFeed.WriteHolidays"/>).
    /// </summary>
    /// <param name="period">The period, e.g. a programme's <see cref="WorkProgramme.Period"/>.</param>
    /// <param name="calendar">The holiday calendar, e.g. <c>VietnameseHolidayCalendar.Default</c>.</param>
    /// <param name="options">The time zone; null for the defaults.</param>
    /// <returns>The feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="calendar"/> is null.</exception>
    public string RenderHolidaysIcs(ProgrammePeriod period, IDayClassifier calendar, CalendarFeedOptions? options = null) =>
        CalendarFeed.WriteHolidays(period, calendar, clock.GetCurrentInstant(), options);
}
