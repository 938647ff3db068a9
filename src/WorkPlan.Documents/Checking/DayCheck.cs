using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// WP006 (work on a weekend or holiday) and WP007 (a working day with nothing scheduled), day by day over the period;
/// WP012 when the day classifier cannot classify a year of the period, whose missing days are then judged by weekends
/// alone.
/// </summary>
internal sealed class DayCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var listed = context.Programme.Schedule.Days.ToDictionary(d => d.Date);
        var unclassified = new SortedSet<int>();
        foreach (LocalDate date in context.Programme.Period.Dates)
        {
            if (!listed.TryGetValue(date, out ScheduleDay? day))
            {
                DayStatus status = Classify(context.Classifier, date, unclassified);
                if (status is DayStatus.WorkingDay or DayStatus.MakeUpWorkingDay)
                {
                    yield return new Finding(
                        CheckRules.EmptyWorkingDay,
                        ProgrammeLocation.ForDay(date),
                        $"{CheckContext.Short(date)} ({date.DayOfWeek}) is a working day but is missing from the schedule.",
                        "Add the day, with its work or an empty session.");
                }

                continue;
            }

            int count = day.Entries.Count();
            if (day.IsDayOff && count > 0)
            {
                string kind = day.Status == DayStatus.Holiday ? "a holiday" : "a weekly rest day";
                yield return new Finding(
                    CheckRules.WorkOnDayOff,
                    ProgrammeLocation.ForDay(date),
                    $"{CheckContext.Short(date)} ({date.DayOfWeek}) is {kind} but has {CheckContext.Count(count, "entry")}.",
                    null);
            }
            else if (!day.IsDayOff && count == 0)
            {
                yield return new Finding(
                    CheckRules.EmptyWorkingDay,
                    ProgrammeLocation.ForDay(date),
                    $"{CheckContext.Short(date)} ({date.DayOfWeek}) is a working day with nothing scheduled.",
                    null);
            }
        }

        foreach (int year in unclassified)
        {
            string reason = context.Classifier is VietnameseHolidayCalendar
                ? $"the Vietnamese holiday calendar covers {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}"
                : "the day classifier cannot classify its days";
            yield return new Finding(
                CheckRules.HolidaysNotChecked,
                ProgrammeLocation.ForField("period"),
                $"Holidays could not be checked for {year}: {reason}, so the days of {year} missing from the schedule were judged by weekends alone.",
                "List every day of the period in the schedule with its status.");
        }
    }

    /// <summary>
    /// The status of a day missing from the schedule: the classifier's, or, for a year it does not cover (it throws
    /// <see cref="ArgumentOutOfRangeException"/>, as <see cref="IDayClassifier.Classify"/> documents), the weekends'
    /// alone, with the year added to <paramref name="unclassified"/>.
    /// </summary>
    private static DayStatus Classify(IDayClassifier classifier, LocalDate date, SortedSet<int> unclassified)
    {
        if (!unclassified.Contains(date.Year))
        {
            try
            {
                return classifier.Classify(date).Status;
            }
            catch (ArgumentOutOfRangeException)
            {
                unclassified.Add(date.Year);
            }
        }

        return WeekendDayClassifier.Instance.Classify(date).Status;
    }
}
