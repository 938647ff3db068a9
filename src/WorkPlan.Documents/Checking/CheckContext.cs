using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Localization;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Checking;

/// <summary>What every check reads: the programme, the day classifier, and each entry with its location.</summary>
internal sealed class CheckContext
{
    internal CheckContext(WorkProgramme programme, IDayClassifier classifier)
    {
        Programme = programme;
        Classifier = classifier;
        var entries = new List<PlacedEntry>();
        foreach (ScheduleDay day in programme.Schedule.Days)
        {
            foreach (ScheduleSession session in day.Sessions)
            {
                for (int i = 0; i < session.Entries.Count; i++)
                {
                    entries.Add(new PlacedEntry(day, session.Kind, i, session.Entries[i]));
                }
            }
        }

        Entries = entries;
    }

    internal WorkProgramme Programme { get; }

    internal IDayClassifier Classifier { get; }

    /// <summary>Gets every entry in day, session and written order.</summary>
    internal IReadOnlyList<PlacedEntry> Entries { get; }

    /// <summary>"06/5".</summary>
    internal static string Short(LocalDate date) => Nd30DateFormat.ShortDate(date, includeYear: false);

    /// <summary>Quotes a text, shortened at a word boundary to about <paramref name="max"/> characters.</summary>
    internal static string Quote(string text, int max = 60)
    {
        if (text.Length <= max)
        {
            return "\"" + text + "\"";
        }

        int cut = text.LastIndexOf(' ', max);
        return "\"" + text.Substring(0, cut > max / 2 ? cut : max).TrimEnd(' ', ',') + " …\"";
    }

    /// <summary>The session in running text: "morning" / "buổi sáng".</summary>
    internal static LocalizedText SessionName(SessionKind kind) => Text(kind switch
    {
        SessionKind.Morning => "Session_Morning",
        SessionKind.Afternoon => "Session_Afternoon",
        SessionKind.Evening => "Session_Evening",
        _ => "Session_AllDay",
    });

    /// <summary>The weekday's name: "Saturday" / "Thứ Bảy".</summary>
    internal static LocalizedText Weekday(IsoDayOfWeek day) => Text("Weekday_" + day.ToString());

    /// <summary>"1 entry", "3 entries" / "3 công việc": <paramref name="key"/>_One or <paramref name="key"/>_Many.</summary>
    internal static LocalizedText Count(int count, string key) =>
        count == 1 ? Text(key + "_One") : Text(key + "_Many", count);

    /// <summary>A message of the checker's resources (CheckMessages.resx).</summary>
    internal static LocalizedText Text(string key, params object?[] arguments) => LocalizedText.Of(Messages.Check, key, arguments);
}
