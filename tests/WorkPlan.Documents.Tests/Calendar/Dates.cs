using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace WorkPlan.Documents.Tests.Calendar;

/// <summary>ISO date text for compact test tables.</summary>
internal static class Dates
{
    public static LocalDate Parse(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    public static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
