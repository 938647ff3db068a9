using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Recognises the lines above the schedule table: place and date, title, "Số:" line, national name and motto,
/// numbered section headings. All patterns expect NFC text and ignore case.
/// </summary>
internal static class HeaderText
{
    // Compiled: an office imports years of programmes at once; matching dominates the import time.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Regex PlaceAndDatePattern = new(
        @"^(?<place>[^,\t]+?)\s*,\s*ngày\s+(?<d>\d{1,2})\s*(?:tháng|/)\s*(?<m>\d{1,2})\s*(?:năm|/)\s*(?<y>\d{4})\s*\.?$", Options);

    private static readonly Regex TitlePattern = new(@"^chương\s+trình\s+công\s+tác\b\s*(?<rest>.*)$", Options);

    private static readonly Regex MonthInTitle = new(@"^tháng\s+(?<m>\d{1,2})\s*(?:năm|/)\s*(?<y>\d{4})\s*(?<rest>.*)$", Options);

    private static readonly Regex MonthInHeading = new(@"\btháng\s+(?<m>\d{1,2})\s*(?:/|năm)\s*(?<y>\d{4})\b", Options);

    private static readonly Regex NumberPattern = new(@"^số\s*:\s*(?<n>\d{1,6})?\s*/\s*(?<symbol>\S+?)\s*$", Options);

    private static readonly Regex SectionPattern = new(@"^(?<n>\d{1,2}|[IVX]{1,4})\s*[.)]\s*(?<text>\S.*?)\s*:\s*$", Options);

    internal enum Section
    {
        Focus,
        Schedule,
        Other,
    }

    internal static bool TryPlaceAndDate(string line, out string place, out LocalDate? date)
    {
        place = string.Empty;
        date = null;
        Match match = PlaceAndDatePattern.Match(line);
        if (!match.Success)
        {
            return false;
        }

        place = match.Groups["place"].Value.Trim();
        date = TryDate(Int(match, "y"), Int(match, "m"), Int(match, "d"));
        return true;
    }

    /// <summary>Recognises the title; <paramref name="month"/> is null when it names no month, <paramref name="rest"/> holds words after the month.</summary>
    internal static bool TryTitle(string line, out YearMonth? month, out string rest)
    {
        month = null;
        rest = string.Empty;
        Match match = TitlePattern.Match(line);
        if (!match.Success)
        {
            return false;
        }

        string tail = match.Groups["rest"].Value.Trim();
        Match monthMatch = MonthInTitle.Match(tail);
        if (monthMatch.Success)
        {
            month = TryMonth(Int(monthMatch, "y"), Int(monthMatch, "m"));
            rest = monthMatch.Groups["rest"].Value.Trim();
        }
        else
        {
            rest = tail;
        }

        return true;
    }

    internal static YearMonth? MonthIn(string heading)
    {
        Match match = MonthInHeading.Match(heading);
        return match.Success ? TryMonth(Int(match, "y"), Int(match, "m")) : null;
    }

    internal static bool TryNumber(string line, out int? number, out string symbol)
    {
        number = null;
        symbol = string.Empty;
        Match match = NumberPattern.Match(line);
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["n"].Success)
        {
            int value = Int(match, "n");
            number = value > 0 ? value : null;
        }

        symbol = match.Groups["symbol"].Value;
        return true;
    }

    internal static bool IsNationalHeading(string line)
    {
        string folded = VietnameseFold.Fold(line);
        return folded == "cong hoa xa hoi chu nghia viet nam"
            || (folded.StartsWith("doc lap", StringComparison.Ordinal) && folded.EndsWith("hanh phuc", StringComparison.Ordinal));
    }

    internal static bool TrySection(string line, out Section section, out string heading)
    {
        section = Section.Other;
        heading = string.Empty;
        Match match = SectionPattern.Match(line);
        if (!match.Success)
        {
            // The schedule's heading has no number when there are no focus tasks before it ("Dự kiến lịch làm việc
            // tuần từ ngày 10/5 đến ngày 16/5/2021:", as ViewText.NumberedHeading writes it).
            string trimmed = line.Trim();
            if (trimmed.Length > 1 && trimmed[trimmed.Length - 1] == ':'
                && VietnameseFold.Fold(trimmed).StartsWith("du kien lich lam viec", StringComparison.Ordinal))
            {
                heading = trimmed.Substring(0, trimmed.Length - 1).Trim();
                section = Section.Schedule;
                return true;
            }

            return false;
        }

        heading = match.Groups["text"].Value.Trim();
        string number = match.Groups["n"].Value.ToUpperInvariant();
        section = number is "1" or "I" ? Section.Focus : number is "2" or "II" ? Section.Schedule : Section.Other;
        return true;
    }

    private static int Int(Match match, string group) =>
        int.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value) ? value : -1;

    private static YearMonth? TryMonth(int year, int month) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 ? new YearMonth(year, month) : null;

    private static LocalDate? TryDate(int year, int month, int day) =>
        year is >= 1900 and <= 2999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
}
