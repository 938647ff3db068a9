using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Reads the period a trích yếu, title or heading names: a month ("tháng 5 năm 2021", "THÁNG 5/2021") or a run of
/// days ("tuần từ ngày 03/5 đến ngày 09/5/2021", "từ ngày 01/01 đến ngày 06/11/2021") — what
/// <see cref="ProgrammePeriod.DefaultAbstract"/> and <see cref="ProgrammePeriod.DefaultScheduleHeading"/> write; used by
/// the text and the .docx importers alike.
/// </summary>
internal static class PeriodText
{
    private static readonly Regex Range = new(
        @"từ\s+ngày\s+(?<d1>\d{1,2})\s*/\s*(?<m1>\d{1,2})(?:\s*/\s*(?<y1>\d{4}))?\s+đến\s+ngày\s+(?<d2>\d{1,2})\s*/\s*(?<m2>\d{1,2})\s*/\s*(?<y2>\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Returns the period <paramref name="text"/> names, or null.</summary>
    internal static ProgrammePeriod? TryRead(string? text)
    {
        if (text is null)
        {
            return null;
        }

        Match range = Range.Match(text);
        if (range.Success)
        {
            int endYear = Int(range, "y2");
            LocalDate? end = Date(endYear, Int(range, "m2"), Int(range, "d2"));
            int startYear = range.Groups["y1"].Success ? Int(range, "y1") : endYear;
            LocalDate? start = Date(startYear, Int(range, "m1"), Int(range, "d1"));
            if (start is { } s && end is { } e && !range.Groups["y1"].Success && s > e)
            {
                start = Date(startYear - 1, s.Month, s.Day);
            }

            if (start is { } from && end is { } to && from <= to && Period.Between(from, to, PeriodUnits.Days).Days < ProgrammeLimits.MaxDays)
            {
                return ProgrammePeriod.ForInterval(new DateInterval(from, to));
            }

            return null;
        }

        return HeaderText.MonthIn(text) is { } month ? ProgrammePeriod.ForMonth(month) : null;
    }

    private static int Int(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    private static LocalDate? Date(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
}
