using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar;

/// <summary>
/// A week's programme taken from a longer one (<c>may.Week(new LocalDate(2021, 5, 10))</c>): the weekly schedule
/// (lịch công tác tuần) many offices issue from their monthly programme.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ProgrammeWeeks
{
    /// <summary>
    /// Derives the programme of the week (Monday to Sunday, ISO 8601) that holds <paramref name="dayInWeek"/>: the same
    /// agency, identity, signature and recipients; every day of the week, each day the source lists with its status and
    /// entries unchanged, any other day classified by the holiday calendar (a week that runs into the next month).
    /// </summary>
    /// <param name="programme">The source programme, usually a month's.</param>
    /// <param name="dayInWeek">Any day of the week; at least one day of the week must lie in the source's period.</param>
    /// <param name="calendar">Classifies the days the source does not list; <see cref="VietnameseHolidayCalendar.Default"/> when null.</param>
    /// <returns>
    /// The week's programme. Its abstract and schedule heading are the week's (the source's own wording names its
    /// month); the focus tasks are left out: they are the month's, and a weekly schedule lists the week's work.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is null.</exception>
    /// <exception cref="ArgumentException">No day of the week lies in the source's period.</exception>
    public static WorkProgramme Week(this WorkProgramme programme, LocalDate dayInWeek, VietnameseHolidayCalendar? calendar = null)
    {
        if (programme is null)
        {
            throw new ArgumentNullException(nameof(programme));
        }

        ProgrammePeriod week = ProgrammePeriod.ForWeek(dayInWeek);
        if (!week.Dates.Any(programme.Period.Contains))
        {
            throw new ArgumentException(
                $"the week {IsoDate.Format(week.Start)} – {IsoDate.Format(week.End)} has no day in the programme's period {IsoDate.Format(programme.Period.Start)} – {IsoDate.Format(programme.Period.End)}.",
                nameof(dayInWeek));
        }

        VietnameseHolidayCalendar classifier = calendar ?? VietnameseHolidayCalendar.Default;
        var listed = programme.Schedule.Days.ToDictionary(d => d.Date);
        var days = new List<ScheduleDay>();
        foreach (LocalDate date in week.Dates)
        {
            if (listed.TryGetValue(date, out ScheduleDay? day))
            {
                days.Add(day);
                continue;
            }

            DayClassification classification = classifier.Classify(date);
            days.Add(new ScheduleDay(date, classification.Status, null, classification.HolidayName, classification.IsProvisional));
        }

        return new WorkProgramme(
            programme.Agency,
            programme.Identity,
            week,
            new ScheduleSection(days),
            programme.Signature,
            FocusTaskSection.Empty,
            programme.Recipients,
            null,
            programme.Assumed).AsKind(programme.Kind);
    }
}
