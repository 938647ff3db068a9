using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>Section 2 of the programme: the day-by-day schedule (lịch làm việc), days in date order.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ScheduleSection
{
    /// <summary>Creates the section.</summary>
    /// <param name="days">The days, each date at most once; they are kept in date order.</param>
    /// <param name="heading">The heading without its number and colon; null to derive it from the period ("Dự kiến lịch làm việc tháng 5/2021").</param>
    /// <exception cref="ArgumentException">A date is listed twice, or the heading is empty or holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">The days hold more entries than <see cref="ProgrammeLimits.MaxEntriesPerProgramme"/>, or the heading is too long.</exception>
    public ScheduleSection(IEnumerable<ScheduleDay>? days, string? heading = null)
    {
        Heading = heading is null ? null : LimitCheck.Text(XmlSafeText.NormalizeRequired(heading, "schedule.heading"), "schedule.heading");
        List<ScheduleDay> list = Preconditions.Items(days, "schedule.days").OrderBy(d => d.Date).ToList();
        for (int i = 1; i < list.Count; i++)
        {
            if (list[i].Date == list[i - 1].Date)
            {
                throw new ArgumentException(
                    $"schedule.days lists {IsoDate.Format(list[i].Date)} twice; each date appears once.",
                    "schedule.days");
            }
        }

        LimitCheck.Count(list.Sum(d => (long)d.Sessions.Sum(s => s.Entries.Count)), ProgrammeLimits.MaxEntriesPerProgramme, nameof(ProgrammeLimits.MaxEntriesPerProgramme), "schedule.days", "the schedule", "entries");
        Days = list.AsReadOnly();
    }

    /// <summary>Gets the heading given at construction, or null when it is derived from the period.</summary>
    public string? Heading { get; }

    /// <summary>Gets the days in date order.</summary>
    public IReadOnlyList<ScheduleDay> Days { get; }
}
