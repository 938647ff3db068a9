using System.Globalization;
using NodaTime;
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

    internal static string SessionName(SessionKind kind) => kind switch
    {
        SessionKind.Morning => "morning",
        SessionKind.Afternoon => "afternoon",
        SessionKind.Evening => "evening",
        _ => "whole-day session",
    };

    /// <summary>"1 entry", "3 entries", "2 times".</summary>
    internal static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " "
        + (count == 1 ? noun : noun[noun.Length - 1] == 'y' ? noun.Remove(noun.Length - 1) + "ies" : noun + "s");
}
