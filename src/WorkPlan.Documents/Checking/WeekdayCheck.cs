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
                    CheckContext.Text("Weekday_Mismatch", CheckContext.Short(day.Date), Name(day.DayOfWeek), Name(written)),
                    CheckContext.Text("Weekday_Mismatch_Fix", VietnameseWeekday.Format(day.DayOfWeek, WeekdayForm.Numerals)));
            }
        }
    }

    private static Localization.LocalizedText Name(IsoDayOfWeek day) =>
        CheckContext.Text("Weekday_Named", CheckContext.Weekday(day), VietnameseWeekday.Format(day, WeekdayForm.Words));
}
