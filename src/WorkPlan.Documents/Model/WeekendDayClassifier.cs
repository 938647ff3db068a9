using NodaTime;

namespace WorkPlan.Documents.Model;

/// <summary>
/// Classifies Saturday and Sunday as weekend days and every other day as a working day; knows no holidays.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public sealed class WeekendDayClassifier : IDayClassifier
{
    private WeekendDayClassifier()
    {
    }

    /// <summary>Gets the single instance.</summary>
    public static WeekendDayClassifier Instance { get; } = new();

    /// <inheritdoc />
    public DayClassification Classify(LocalDate date) =>
        new(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayStatus.Weekend : DayStatus.WorkingDay);
}
