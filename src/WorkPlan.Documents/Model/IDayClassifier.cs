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
    DayClassification Classify(LocalDate date);
}
