using WorkPlan.Documents.Feeds;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Rendering;

/// <content>Calendar feed output: the programme's entries as iCalendar events.</content>
public sealed partial class WorkProgrammeRenderer
{
    /// <summary>
    /// Renders the programme as an iCalendar feed (<c>.ics</c>): one event per entry, stamped with this renderer's
    /// clock, so a fixed clock gives byte-identical feeds (<see cref="CalendarFeed.Write"/>; docs/calendar-feeds.md).
    /// Templates and stylesheet play no part: a feed has no layout.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">Time zone, session hours and whose feed; null for the defaults (Asia/Ho_Chi_Minh, office hours, everyone).</param>
    /// <returns>The feed: text with CRLF line ends, to be written as UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    public string RenderIcs(WorkProgramme programme, CalendarFeedOptions? options = null) =>
        CalendarFeed.Write(programme, clock.GetCurrentInstant(), options);
}
