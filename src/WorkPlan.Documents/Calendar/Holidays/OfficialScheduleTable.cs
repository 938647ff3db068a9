using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>
/// Reads the table of official holiday schedules shipped as the embedded resource official-holiday-schedules.tsv
/// (the format is described at the top of that file).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class OfficialScheduleTable
{
    internal const string ResourceName = "WorkPlan.Documents.official-holiday-schedules.tsv";

    /// <summary>Reads the shipped table.</summary>
    /// <returns>The schedules by year.</returns>
    internal static IReadOnlyDictionary<int, OfficialHolidaySchedule> LoadShipped()
    {
        using Stream stream = typeof(OfficialScheduleTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return Parse(reader, ResourceName);
    }

    /// <summary>Parses a table.</summary>
    /// <param name="reader">The table's text.</param>
    /// <param name="sourceName">The name errors give for the table.</param>
    /// <returns>The schedules by year.</returns>
    /// <exception cref="FormatException">A line is malformed or a year's schedule breaks the law; the message names the line.</exception>
    internal static IReadOnlyDictionary<int, OfficialHolidaySchedule> Parse(TextReader reader, string sourceName)
    {
        var years = new SortedDictionary<int, Draft>();
        string? line;
        int number = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            string trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            string[] fields = line.Split('\t');
            string where = $"{sourceName} line {number}";
            if (fields.Length < 3 || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            {
                throw new FormatException($"{where}: expected \"<year><TAB><field><TAB><value>\", got \"{line}\".");
            }

            if (!years.TryGetValue(year, out Draft? draft))
            {
                draft = new Draft(number);
                years.Add(year, draft);
            }

            switch (fields[1])
            {
                case "tet":
                    Expect(fields, 4, where);
                    draft.Tet = new DateInterval(Date(fields[2], where), Date(fields[3], where));
                    break;
                case "national-day":
                    Expect(fields, 3, where);
                    draft.NationalDay = Date(fields[2], where);
                    break;
                case "swap":
                    Expect(fields, 4, where);
                    draft.Swaps.Add(Wrap(where, () => new WorkdaySwap(Date(fields[2], where), Date(fields[3], where))));
                    break;
                case "source":
                    Expect(fields, 3, where);
                    draft.Sources.Add(fields[2]);
                    break;
                default:
                    throw new FormatException($"{where}: unknown field \"{fields[1]}\" (expected tet, national-day, swap or source).");
            }
        }

        var schedules = new Dictionary<int, OfficialHolidaySchedule>();
        foreach (KeyValuePair<int, Draft> pair in years)
        {
            string where = $"{sourceName} line {pair.Value.FirstLine} (year {pair.Key})";
            DateInterval tet = pair.Value.Tet ?? throw new FormatException($"{where}: the year has no \"tet\" line.");
            schedules.Add(pair.Key, Wrap(where, () => new OfficialHolidaySchedule(pair.Key, tet, pair.Value.NationalDay, pair.Value.Swaps, pair.Value.Sources)));
        }

        return schedules;
    }

    private static void Expect(string[] fields, int count, string where)
    {
        if (fields.Length != count)
        {
            throw new FormatException($"{where}: the field \"{fields[1]}\" takes {count - 2} value(s), got {fields.Length - 2}.");
        }
    }

    private static LocalDate Date(string text, string where)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new FormatException($"{where}: \"{text}\" is not a date in the form yyyy-MM-dd.");
    }

    private static T Wrap<T>(string where, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{where}: {ex.Message}", ex);
        }
    }

    private sealed class Draft(int firstLine)
    {
        internal int FirstLine => firstLine;

        internal DateInterval? Tet { get; set; }

        internal LocalDate? NationalDay { get; set; }

        internal List<WorkdaySwap> Swaps { get; } = [];

        internal List<string> Sources { get; } = [];
    }
}
