using System.Globalization;
using NodaTime;

namespace WorkPlan.Documents.Calendar;

/// <summary>Dates in error messages and diagnostics: ISO "2021-05-03", whatever the culture.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class IsoDate
{
    /// <summary>Formats a date as yyyy-MM-dd.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The ISO text.</returns>
    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
