using NodaTime;

namespace WorkPlan.Documents.Text;

/// <summary>
/// Vietnamese weekday names in every form the administrative documents use, and parsing them back.
/// </summary>
/// <remarks>
/// The names are hard-coded rather than read from the machine's culture data: ICU may be absent
/// (invariant globalisation) and its vi-VN data differs between versions ("Chủ Nhật"/"Chủ nhật", "Th 2"/"T2").
/// Vietnamese counts weekdays from Sunday = 1, so Monday is "Thứ Hai" (2); there is no "Thứ Nhất".
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class VietnameseWeekday
{
    private static readonly string[] Words =
        ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];

    private static readonly string[] Numerals =
        ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật"];

    private static readonly string[] Abbreviations = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];

    // Lower-case, single-spaced spellings accepted by Parse, each mapped to its ISO day (Monday = 1).
    private static readonly Dictionary<string, IsoDayOfWeek> Spellings = BuildSpellings();

    /// <summary>Formats <paramref name="day"/> in the given <paramref name="form"/>, capitalised for the start of a cell or sentence.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="form">The form to write it in.</param>
    /// <returns>For example "Thứ Hai", "Thứ 2" or "T2".</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or not a defined value, or <paramref name="form"/> is not defined.</exception>
    public static string Format(IsoDayOfWeek day, WeekdayForm form)
    {
        int index = IndexOf(day);
        return form switch
        {
            WeekdayForm.Words => Words[index],
            WeekdayForm.Numerals => Numerals[index],
            WeekdayForm.Abbreviated => Abbreviations[index],
            _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown weekday form."),
        };
    }

    /// <summary>Formats the weekday of <paramref name="date"/>.</summary>
    /// <param name="date">The date whose weekday is written.</param>
    /// <param name="form">The form to write it in.</param>
    /// <returns>For example "Thứ Bảy" for 1 May 2021.</returns>
    public static string Format(LocalDate date, WeekdayForm form) => Format(date.DayOfWeek, form);

    /// <summary>
    /// Parses a weekday written in any of the forms of <see cref="WeekdayForm"/>, ignoring case and repeated spaces.
    /// Also accepts the common variants "Chủ Nhật", "Th 2", "Thứ Bẩy" and "Thứ Tư" written "Thứ Bốn".
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="day">The weekday, when the method returns true.</param>
    /// <returns>True when <paramref name="text"/> names a weekday.</returns>
    public static bool TryParse(string? text, out IsoDayOfWeek day)
    {
        day = IsoDayOfWeek.None;
        if (text is null)
        {
            return false;
        }

        string key = Canonical(text);
        return key.Length > 0 && Spellings.TryGetValue(key, out day);
    }

    /// <summary>Parses a weekday written in any of the forms of <see cref="WeekdayForm"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The weekday.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a weekday name.</exception>
    public static IsoDayOfWeek Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return TryParse(text, out IsoDayOfWeek day)
            ? day
            : throw new FormatException($"\"{text}\" is not a Vietnamese weekday name (expected e.g. \"Thứ Hai\", \"Thứ 2\", \"T2\" or \"Chủ nhật\").");
    }

    private static int IndexOf(IsoDayOfWeek day)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Expected a weekday from Monday to Sunday.");
        }

        return (int)day - 1;
    }

    private static string Canonical(string text)
    {
        string normalized = text.Normalize(System.Text.NormalizationForm.FormC).Trim().ToLowerInvariant();
        var builder = new System.Text.StringBuilder(normalized.Length);
        bool space = false;
        foreach (char c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static Dictionary<string, IsoDayOfWeek> BuildSpellings()
    {
        var map = new Dictionary<string, IsoDayOfWeek>(StringComparer.Ordinal);
        for (int i = 0; i < 7; i++)
        {
            var day = (IsoDayOfWeek)(i + 1);
            map[Words[i].ToLowerInvariant()] = day;
            map[Numerals[i].ToLowerInvariant()] = day;
            map[Abbreviations[i].ToLowerInvariant()] = day;
            if (i < 6)
            {
                map["th " + (i + 2)] = day;
                map["thứ" + (i + 2)] = day;
            }
        }

        map["thứ bẩy"] = IsoDayOfWeek.Saturday;
        map["thứ bốn"] = IsoDayOfWeek.Wednesday;
        map["chủ nhật"] = IsoDayOfWeek.Sunday;
        map["c.n"] = IsoDayOfWeek.Sunday;
        return map;
    }
}
