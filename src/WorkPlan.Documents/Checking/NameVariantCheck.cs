using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// WP004 and WP005: names of people and units that are probably the same but written differently. Spellings meet
/// when they fold to the same key (case, diacritics and spacing ignored; for units also a leading "Phòng"); the most
/// frequent spelling (the first written, on a tie) is the suggested canonical form, and each other spelling is one
/// finding pointing at its first occurrence, with the others as related locations. Two spellings listed together
/// on one entry are two people ("Anh" and "Ánh"), so they are not reported.
/// </summary>
internal sealed class NameVariantCheck : IProgrammeCheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var people = new List<Occurrence>();
        var units = new List<Occurrence>();
        foreach (PlacedEntry placed in context.Entries)
        {
            for (int i = 0; i < placed.Entry.Leaders.Count; i++)
            {
                people.Add(new Occurrence(placed, placed.Entry.Leaders[i].Name, "leaders[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]"));
            }

            if (placed.Entry.PreparingUnit is { } unit)
            {
                units.Add(new Occurrence(placed, unit, "preparingUnit"));
            }
        }

        return Variants(people, VietnameseFold.Key, CheckRules.PersonNameVariant, "Variant_Person")
            .Concat(Variants(units, UnitKey, CheckRules.UnitNameVariant, "Variant_Unit"));
    }

    private static string UnitKey(string unit)
    {
        string folded = VietnameseFold.Fold(unit);
        return VietnameseFold.Key(folded.StartsWith("phong ", StringComparison.Ordinal) ? folded.Substring(6) : folded);
    }

    private static IEnumerable<Finding> Variants(List<Occurrence> occurrences, Func<string, string> key, CheckRule rule, string messageKey)
    {
        // Fold each distinct spelling once: a month lists a handful of names hundreds of times.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        string KeyOf(string text)
        {
            if (!keys.TryGetValue(text, out string? folded))
            {
                folded = key(text);
                keys.Add(text, folded);
            }

            return folded;
        }

        foreach (IGrouping<string, Occurrence> group in occurrences.GroupBy(o => KeyOf(o.Text), StringComparer.Ordinal))
        {
            // GroupBy keeps first-occurrence order, so on a tie the spelling written first wins.
            var spellings = group.GroupBy(o => o.Text, StringComparer.Ordinal).ToList();
            if (spellings.Count < 2)
            {
                continue;
            }

            IGrouping<string, Occurrence> canonical = spellings.OrderByDescending(s => s.Count()).First();
            var canonicalEntries = new HashSet<PlacedEntry>(canonical.Select(o => o.Entry));
            foreach (IGrouping<string, Occurrence> variant in spellings.Where(s => !ReferenceEquals(s, canonical)))
            {
                if (variant.Any(o => canonicalEntries.Contains(o.Entry)))
                {
                    continue;
                }

                Occurrence first = variant.First();
                yield return new Finding(
                    rule,
                    first.Entry.Location(first.Field),
                    CheckContext.Text(
                        messageKey,
                        variant.Key,
                        CheckContext.Count(variant.Count(), "Count_Time"),
                        CheckContext.Short(first.Entry.Day.Date),
                        canonical.Key,
                        CheckContext.Count(canonical.Count(), "Count_Time")),
                    CheckContext.Text("Header_Write", canonical.Key),
                    variant.Skip(1).Select(o => o.Entry.Location(o.Field)).ToList());
            }
        }
    }

    private sealed record Occurrence(PlacedEntry Entry, string Text, string Field);
}
