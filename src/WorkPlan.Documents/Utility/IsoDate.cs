using NodaTime;
using NodaTime.Text;

namespace WorkPlan.Documents.Utility;

/// <summary>
/// Dates and months in error messages, diagnostics and identifiers: ISO 8601 text ("2021-05-03", "2021-05"), whatever
/// the culture. Every such text in the library is written here.
/// </summary>
/// <remarks>
/// NodaTime's invariant ISO patterns (<see cref="LocalDatePattern.Iso"/>, <see cref="YearMonthPattern.Iso"/>) number
/// years as ISO 8601 does, so the JSON files, the messages and the diagnostics spell a date the same way.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class IsoDate
{
    /// <summary>Formats a date as uuuu-MM-dd, e.g. "2021-05-03".</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO text.</returns>
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Formats a month as uuuu-MM, e.g. "2021-05".</summary>
    /// <param name="month">The month.</param>
    /// <returns>The ISO text.</returns>
    internal static string Format(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
