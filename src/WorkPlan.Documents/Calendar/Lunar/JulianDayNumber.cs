using NodaTime;

namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>
/// Converts dates to and from Julian day numbers, the day count astronomy uses (JDN 2451545 = 1 January 2000).
/// NodaTime does the calendar arithmetic.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class JulianDayNumber
{
    private const int EpochNumber = 2451545;
    private static readonly LocalDate Epoch = new(2000, 1, 1);

    /// <summary>Returns the Julian day number of a date.</summary>
    /// <param name="date">The date, in any calendar system.</param>
    /// <returns>The day number.</returns>
    internal static int FromDate(LocalDate date) => EpochNumber + Period.DaysBetween(Epoch, date.WithCalendar(CalendarSystem.Iso));

    /// <summary>Returns the ISO date of a Julian day number.</summary>
    /// <param name="dayNumber">The day number.</param>
    /// <returns>The date.</returns>
    internal static LocalDate ToDate(int dayNumber) => Epoch.PlusDays(dayNumber - EpochNumber);
}
