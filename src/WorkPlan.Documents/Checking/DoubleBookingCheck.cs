using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// WP002 and WP003: leaders on entries that overlap in time.
/// </summary>
/// <remarks>
/// Two entries of a day overlap when one of them lasts all day, or when both have start times and they are equal,
/// or — when they do not both have start times — when they are in the same session. "LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ"
/// lists who may preside or attend, so a shared leader is a conflict only when nobody else can go:
/// <list type="bullet">
/// <item>a person who is the only leader of both entries cannot be in both places: WP002, warning;</item>
/// <item>leader lists that share people but leave someone free are reported as WP003 (information) only when the
/// overlap comes from an all-day entry or a shared start time; several leaders sharing the ordinary tasks of one
/// session is how offices write programmes and is not reported.</item>
/// </list>
/// </remarks>
internal sealed class DoubleBookingCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (IGrouping<NodaTime.LocalDate, PlacedEntry> day in context.Entries.GroupBy(e => e.Day.Date))
        {
            PlacedEntry[] entries = day.ToArray();
            for (int i = 0; i < entries.Length; i++)
            {
                for (int j = i + 1; j < entries.Length; j++)
                {
                    Finding? finding = Compare(entries[i], entries[j]);
                    if (finding is not null)
                    {
                        yield return finding;
                    }
                }
            }
        }
    }

    private static Finding? Compare(PlacedEntry first, PlacedEntry second)
    {
        Overlap overlap = OverlapOf(first, second);
        if (overlap == Overlap.None)
        {
            return null;
        }

        IReadOnlyList<Person> a = first.Entry.Leaders;
        IReadOnlyList<Person> b = second.Entry.Leaders;
        var shared = a.Select(p => p.Name).Where(name => b.Any(q => q.Name == name)).Distinct(StringComparer.Ordinal).ToList();
        if (shared.Count == 0)
        {
            return null;
        }

        Localization.LocalizedText why = overlap switch
        {
            Overlap.AllDay => CheckContext.Text("Booking_AllDay"),
            Overlap.SameStartTime => CheckContext.Text("Booking_SameStartTime"),
            _ => CheckContext.Text("Booking_SameSession", CheckContext.SessionName(first.Session)),
        };
        if (a.Count == 1 && b.Count == 1)
        {
            string person = a[0].DisplayName;
            return new Finding(
                CheckRules.LeaderDoubleBooked,
                first.Location("leaders[0]"),
                CheckContext.Text("Booking_OnlyLeader", person, first.Describe(), second.Describe(), CheckContext.Short(first.Day.Date), why),
                CheckContext.Text("Booking_OnlyLeader_Fix"),
                [second.Location("leaders[0]")]);
        }

        if (overlap == Overlap.SameSession)
        {
            return null;
        }

        string names = string.Join(", ", a.Where(p => shared.Contains(p.Name)).Select(p => p.DisplayName));
        return new Finding(
            CheckRules.SharedLeadersOverlap,
            first.Location("leaders"),
            CheckContext.Text(shared.Count == 1 ? "Booking_Shared_One" : "Booking_Shared_Many", names, first.Describe(), second.Describe(), CheckContext.Short(first.Day.Date), why),
            null,
            [second.Location("leaders")]);
    }

    private static Overlap OverlapOf(PlacedEntry first, PlacedEntry second)
    {
        if (first.IsAllDay || second.IsAllDay)
        {
            return Overlap.AllDay;
        }

        if (first.Entry.StartTime is { } a && second.Entry.StartTime is { } b)
        {
            return a == b ? Overlap.SameStartTime : Overlap.None;
        }

        return first.Session == second.Session ? Overlap.SameSession : Overlap.None;
    }

    private enum Overlap
    {
        None,
        SameSession,
        AllDay,
        SameStartTime,
    }
}
