using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>WP006 (work on a weekend or holiday) and WP007 (a working day with nothing scheduled), day by day over the period.</summary>
internal sealed class DayCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var listed = context.Programme.Schedule.Days.ToDictionary(d => d.Date);
        foreach (LocalDate date in context.Programme.Period.Dates)
        {
            if (!listed.TryGetValue(date, out ScheduleDay? day))
            {
                DayStatus status = context.Classifier.Classify(date).Status;
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
    }
}
