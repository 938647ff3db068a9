using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Localization;
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
                        CheckContext.Text("Day_MissingWorkingDay", CheckContext.Short(date), CheckContext.Weekday(date.DayOfWeek)),
                        CheckContext.Text("Day_MissingWorkingDay_Fix"));
                }

                continue;
            }

            int count = day.Entries.Count();
            if (day.IsDayOff && count > 0)
            {
                yield return new Finding(
                    CheckRules.WorkOnDayOff,
                    ProgrammeLocation.ForDay(date),
                    CheckContext.Text(
                        day.Status == DayStatus.Holiday ? "Day_WorkOnHoliday" : "Day_WorkOnRestDay",
                        CheckContext.Short(date),
                        CheckContext.Weekday(date.DayOfWeek),
                        CheckContext.Count(count, "Count_Entry")),
                    null);
            }
            else if (!day.IsDayOff && count == 0)
            {
                yield return new Finding(
                    CheckRules.EmptyWorkingDay,
                    ProgrammeLocation.ForDay(date),
                    CheckContext.Text("Day_EmptyWorkingDay", CheckContext.Short(date), CheckContext.Weekday(date.DayOfWeek)),
                    null);
            }
        }

        foreach (int year in unclassified)
        {
            LocalizedText reason = context.Classifier is VietnameseHolidayCalendar
                ? CheckContext.Text("Day_HolidaysNotChecked_Calendar", VietnameseHolidayCalendar.MinYear, VietnameseHolidayCalendar.MaxYear)
                : CheckContext.Text("Day_HolidaysNotChecked_Classifier");
            yield return new Finding(
                CheckRules.HolidaysNotChecked,
                ProgrammeLocation.ForField("period"),
                CheckContext.Text("Day_HolidaysNotChecked", year, reason),
                CheckContext.Text("Day_HolidaysNotChecked_Fix"));
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
