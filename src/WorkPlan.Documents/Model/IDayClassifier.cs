using NodaTime;

namespace WorkPlan.Documents.Model;

/// <summary>
/// Decides what kind of day a date is (working day, weekend, holiday, make-up working day). The builder asks it
/// for every day of the period it scaffolds.
/// </summary>
/// <remarks>
/// <see cref="WeekendDayClassifier"/> knows only Saturday and Sunday; the Vietnamese holiday calendar knows the
/// public holidays, compensatory days and official schedules too.
/// </remarks>
public interface IDayClassifier
{
    /// <summary>Classifies <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day's status, with the holiday's name where it has one.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="date"/> is outside the dates the classifier covers (the Vietnamese holiday calendar covers
    /// 2014 to 2199). The checker then judges the day by weekends alone and says so (WP012).
    /// </exception>
    DayClassification Classify(LocalDate date);
}
