using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Checking;

/// <summary>WP001: the weekday written in the source must be the date's weekday.</summary>
internal sealed class WeekdayCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (ScheduleDay day in context.Programme.Schedule.Days)
        {
            if (day.WrittenWeekday is { } written && written != day.DayOfWeek)
            {
                yield return new Finding(
                    CheckRules.WeekdayMismatch,
                    ProgrammeLocation.ForDay(day.Date),
                    $"{CheckContext.Short(day.Date)} is a {Name(day.DayOfWeek)} but the source says {Name(written)}.",
                    $"Write \"{VietnameseWeekday.Format(day.DayOfWeek, WeekdayForm.Numerals)}\", or correct the day number.");
            }
        }
    }

    private static string Name(IsoDayOfWeek day) => day + " (" + VietnameseWeekday.Format(day, WeekdayForm.Words) + ")";
}
