using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Says why text written like a date or a month is not one: "2021-02-30" names 30 February 2021, which does not exist;
/// "2021-13" names a month 13. Text not written like a date gets no explanation: the format is what is wrong there.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class DateTextError
{
    private static readonly Regex Shape = new(
        "^(?<year>[0-9]{4})-(?<month>[0-9]{2})(?:-(?<day>[0-9]{2}))?$",
        RegexOptions.CultureInvariant);

    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Explains why <paramref name="text"/>, which did not parse as a date (or month), is none.</summary>
    /// <param name="text">The text, e.g. "2021-02-30".</param>
    /// <param name="isMonth">Whether a month (yyyy-MM) was expected rather than a date (yyyy-MM-dd).</param>
    /// <returns>The reason, e.g. "\"2021-02-30\" is not a date: 30 February 2021 does not exist (…).", or null.</returns>
    internal static string? Explain(string text, bool isMonth)
    {
        Match match = Shape.Match(text);
        if (!match.Success || match.Groups["day"].Success == isMonth)
        {
            return null;
        }

        string kind = isMonth ? "month" : "date";
        int year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
        {
            return $"\"{text}\" is not a {kind}: month {match.Groups["month"].Value} does not exist (months run from 01 to 12).";
        }

        if (isMonth || year < 1)
        {
            return null;
        }

        int day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        string monthName = MonthNames[month - 1] + " " + year.ToString("0000", CultureInfo.InvariantCulture);
        return day < 1
            ? $"\"{text}\" is not a date: day 00 does not exist (days run from 01)."
            : day > days
                ? $"\"{text}\" is not a date: {day} {monthName} does not exist ({monthName} has {days} days)."
                : null;
    }
}
