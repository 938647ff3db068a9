using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Calendars;
using NodaTime.Text;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// Reads <c>--week</c>: an ISO 8601 week (<c>2021-W19</c>: weeks run Monday to Sunday, week 1 holds the year's first
/// Thursday) or any date of the week (<c>2021-05-10</c>). Gives the week's Monday.
/// </summary>
internal static partial class WeekArgument
{
    /// <summary>Parses the option's value; reports a usage error naming the forms accepted.</summary>
    public static LocalDate Parse(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value.Trim();
        if (TryParse(text, out LocalDate monday, out string? error))
        {
            return monday;
        }

        result.AddError(error!);
        return default;
    }

    /// <summary>Parses <c>YYYY-Www</c> or <c>YYYY-MM-DD</c> into the week's Monday.</summary>
    internal static bool TryParse(string text, out LocalDate monday, out string? error)
    {
        monday = default;
        Match week = IsoWeek().Match(text);
        if (week.Success)
        {
            int year = int.Parse(week.Groups[1].Value, CultureInfo.InvariantCulture);
            int number = int.Parse(week.Groups[2].Value, CultureInfo.InvariantCulture);
            int weeks = year is >= 1 and <= 9998 ? WeekYearRules.Iso.GetWeeksInWeekYear(year) : 0;
            if (number < 1 || number > weeks)
            {
                error = weeks == 0
                    ? $"--week: '{text}' is not a week: the year is out of range."
                    : $"--week: '{text}' is not a week: {year} has weeks 1 to {weeks}.";
                return false;
            }

            monday = WeekYearRules.Iso.GetLocalDate(year, number, IsoDayOfWeek.Monday);
            error = null;
            return true;
        }

        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            monday = date.Value.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
            error = null;
            return true;
        }

        error = $"--week: '{text}' is not a week; write it as YYYY-Www (ISO week, e.g. 2021-W19) or as a date of the week (e.g. 2021-05-10).";
        return false;
    }

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex IsoWeek();
}
