using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Calendar;

/// <summary>Scaffolds a programme's days with the Vietnamese holiday calendar.</summary>
/// <threadsafety>Stateless and thread-safe; the builder itself is not.</threadsafety>
public static class WorkProgrammeBuilderExtensions
{
    /// <summary>
    /// Classifies every day of the period with the Vietnamese holiday calendar: weekends, holiday breaks
    /// ("Nghỉ lễ", with the holiday's name), make-up working days and working days.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="calendar">The calendar; <see cref="VietnameseHolidayCalendar.Default"/> when null.</param>
    /// <returns>The builder.</returns>
    /// <example>
    /// <code>
    /// WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5))).WithVietnameseHolidays()
    /// </code>
    /// </example>
    public static WorkProgrammeBuilder WithVietnameseHolidays(this WorkProgrammeBuilder builder, VietnameseHolidayCalendar? calendar = null)
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        return builder.WithDayClassifier(calendar ?? VietnameseHolidayCalendar.Default);
    }
}
