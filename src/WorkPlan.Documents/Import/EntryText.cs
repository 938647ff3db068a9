using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Reads the cells of a schedule row: session markers ("Buổi sáng:"), day-off marks ("Nghỉ lễ"), the content with
/// its trailing annotations ("(cả ngày)", "(Lịch UBND tỉnh)") and leading start time ("8h30:"), and leader lists
/// ("Đ/c Oánh, đ/c Long").
/// </summary>
internal static class EntryText
{
    // Compiled: an office imports years of programmes at once; matching dominates the import time.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Regex MarkerWithColon = new(@"^(?:buổi\s+)?(?<kind>sáng|chiều|tối|cả\s+ngày)\s*:\s*(?<rest>.*)$", Options);

    private static readonly Regex BareMarker = new(@"^buổi\s+(?<kind>sáng|chiều|tối)\s*$", Options);

    private static readonly Regex DayOff = new(@"^nghỉ\s+(?:lễ|bù|tết)\b\s*[:,\-–]?\s*(?<name>.*?)\s*\.?$", Options);

    private static readonly Regex TrailingParenthesis = new(@"\s*\((?<note>[^()]*)\)\s*[.;]?\s*$", Options);

    private static readonly Regex CalendarNote = new(@"^lịch\s+(?<owner>\S.*?)\s*$", Options);

    /// <summary>A time as offices write it: "8 giờ 30", "8 giờ", "7h30", "07:30" (groups h and m).</summary>
    private const string Time = @"(?<h>[01]?\d|2[0-3])\s*(?:h|giờ|:)\s*(?<m>[0-5]\d)?";

    private static readonly Regex LeadingTime = new(
        "^" + Time + @"(?:\s*phút)?\s*(?:[:,\-–]\s*|\s+)(?<rest>\S.*)$", Options);

    private static readonly Regex WholeTime = new(
        @"^\(?\s*" + Time + @"(?:\s*(?:phút|['’′]))?\s*\)?$", Options);

    private static readonly char[] LeaderSeparators = [',', ';'];

    private static readonly Regex AndBeforeHonorific = new(@"\s+và\s+(?=(?:đ\s*/\s*c|đồng\s+chí)\b)", Options);

    private static readonly Regex Honorific = new(@"^(?:đ\s*/\s*c|đồng\s+chí)\.?\s*(?<name>\S.*)$", Options);

    /// <summary>
    /// Reads a cell that is a time and nothing else, as a time column writes it: "8 giờ 30", "8 giờ", "7h30",
    /// "07:30", "(8h30)", "7 giờ 30’"; null otherwise.
    /// </summary>
    internal static LocalTime? TryTime(string cell)
    {
        Match match = WholeTime.Match(cell.Trim());
        return match.Success ? TimeOf(match) : null;
    }

    /// <summary>Whether a time cell says the work takes the whole day: "Cả ngày", "cả ngày." (folded, so any case or spelling of the marks).</summary>
    internal static bool IsAllDayCell(string cell) => VietnameseFold.Fold(cell.Trim().TrimEnd('.', ':')) == "ca ngay";

    /// <summary>Recognises a session marker and returns the text after it (an entry written on the same line).</summary>
    internal static bool TryMarker(string cell, out SessionKind kind, out string rest)
    {
        kind = SessionKind.AllDay;
        rest = string.Empty;
        Match match = MarkerWithColon.Match(cell);
        if (!match.Success)
        {
            match = BareMarker.Match(cell);
            if (!match.Success)
            {
                return false;
            }
        }

        string word = VietnameseFold.Fold(match.Groups["kind"].Value);
        kind = word switch
        {
            "sang" => SessionKind.Morning,
            "chieu" => SessionKind.Afternoon,
            "toi" => SessionKind.Evening,
            _ => SessionKind.AllDay,
        };
        rest = match.Groups["rest"].Success ? match.Groups["rest"].Value.Trim() : string.Empty;
        return true;
    }

    /// <summary>Recognises "Nghỉ lễ" (or "Nghỉ bù", "Nghỉ Tết") and returns any name written after it.</summary>
    internal static bool TryDayOff(string cell, out string? name)
    {
        name = null;
        Match match = DayOff.Match(cell);
        if (!match.Success)
        {
            return false;
        }

        string text = match.Groups["name"].Value.Trim().Trim('(', ')').Trim();
        name = text.Length == 0 ? null : text;
        return true;
    }

    /// <summary>Splits the content cell into the content proper and its structured parts.</summary>
    internal static ContentParts Content(string cell)
    {
        string content = cell.Trim();
        bool allDay = false;
        string? calendarOf = null;
        while (true)
        {
            Match match = TrailingParenthesis.Match(content);
            if (!match.Success)
            {
                break;
            }

            string note = match.Groups["note"].Value.Trim();
            Match calendar = CalendarNote.Match(note);
            if (VietnameseFold.Fold(note) == "ca ngay")
            {
                allDay = true;
            }
            else if (calendar.Success && calendarOf is null)
            {
                calendarOf = calendar.Groups["owner"].Value;
            }
            else
            {
                break;
            }

            content = content.Substring(0, match.Index).TrimEnd();
        }

        LocalTime? start = null;
        Match time = LeadingTime.Match(content);
        if (time.Success)
        {
            start = TimeOf(time);
            content = time.Groups["rest"].Value.Trim();
        }

        return new ContentParts(content, allDay, calendarOf, start);
    }

    /// <summary>The time a match of <see cref="Time"/> names.</summary>
    private static LocalTime TimeOf(Match match) => new(
        int.Parse(match.Groups["h"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
        match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0);

    /// <summary>Reads a leader list: "Đ/c Oánh, đ/c Long" becomes two people with the honorific "Đ/c".</summary>
    internal static List<Person> Leaders(string cell)
    {
        var people = new List<Person>();
        if (cell.Length == 0)
        {
            return people;
        }

        // "," and ";" separate people; "và" does too when an honorific follows ("đ/c Oánh và đ/c Long").
#pragma warning disable CA2249 // netstandard2.0 has no string.Contains(string, StringComparison).
        string text = cell.IndexOf(" và ", StringComparison.OrdinalIgnoreCase) >= 0 ? AndBeforeHonorific.Replace(cell, ",") : cell;
#pragma warning restore CA2249
        foreach (string part in text.Split(LeaderSeparators))
        {
            string item = part.Trim().TrimEnd('.').Trim();
            if (InvisibleText.IsBlank(item))
            {
                continue;
            }

            Match match = StartsWithHonorific(item) ? Honorific.Match(item) : Match.Empty;
            people.Add(match.Success ? new Person(match.Groups["name"].Value.Trim(), Person.Comrade) : new Person(item, honorific: null));
        }

        return people;
    }

    private static bool StartsWithHonorific(string item) => item[0] is 'đ' or 'Đ';

    /// <summary>The content cell taken apart.</summary>
    internal readonly record struct ContentParts(string Content, bool IsAllDay, string? CalendarOf, LocalTime? StartTime);
}
