using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>A Gregorian year worked out by <see cref="HolidayYearResolver"/>: every day's classification and the special days.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class HolidayYear
{
    internal HolidayYear(int year, DayClassification[] days, IReadOnlyList<HolidayDay> specialDays)
    {
        Year = year;
        Days = days;
        SpecialDays = specialDays;
    }

    internal int Year { get; }

    /// <summary>Gets the classification of each day, indexed by day of year − 1.</summary>
    internal DayClassification[] Days { get; }

    /// <summary>Gets the days of holiday breaks and the make-up working days, in date order.</summary>
    internal IReadOnlyList<HolidayDay> SpecialDays { get; }

    internal DayClassification Classify(LocalDate date) => Days[date.DayOfYear - 1];
}
