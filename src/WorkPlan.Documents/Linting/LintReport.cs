using System.Globalization;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// Collects the findings of one lint. A finding that would repeat for many paragraphs with the same thing found (a
/// whole document in Arial) is reported once, at its first paragraph, with the count of paragraphs it concerns.
/// </summary>
/// <threadsafety>Not thread-safe; one instance per lint.</threadsafety>
internal sealed class LintReport
{
    private readonly List<Nd30Finding> findings = [];
    private readonly Dictionary<(Nd30Rule, string, string), (int Position, int Count)> grouped = new();

    /// <summary>Adds a finding about a paragraph.</summary>
    internal void Add(Nd30Rule rule, DocxParagraph paragraph, LocalizedText element, LocalizedText found, LocalizedText required) =>
        findings.Add(new Nd30Finding(rule, At(paragraph), element, found, required));

    /// <summary>Adds a finding about a section (page setup), located at the section's last paragraph.</summary>
    internal void Add(Nd30Rule rule, DocxSection section, LocalizedText element, LocalizedText found, LocalizedText required) =>
        findings.Add(new Nd30Finding(rule, new DocxLocation("document", section.Number, null, null), element, found, required));

    /// <summary>Adds a finding about the document as a whole.</summary>
    internal void Add(Nd30Rule rule, LocalizedText element, LocalizedText found, LocalizedText required) =>
        findings.Add(new Nd30Finding(rule, new DocxLocation("document", null, null, null), element, found, required));

    /// <summary>Adds a finding that is reported once per <paramref name="found"/> value, counting the paragraphs.</summary>
    internal void AddGrouped(Nd30Rule rule, DocxParagraph paragraph, LocalizedText element, LocalizedText found, LocalizedText required)
    {
        // Grouped by the English words: the same in every culture, as the grouping must be.
        var key = (rule, element.Format(CultureInfo.InvariantCulture), found.Format(CultureInfo.InvariantCulture));
        if (grouped.TryGetValue(key, out var seen))
        {
            grouped[key] = (seen.Position, seen.Count + 1);
            return;
        }

        grouped.Add(key, (findings.Count, 1));
        findings.Add(new Nd30Finding(rule, At(paragraph), element, found, required));
    }

    /// <summary>Returns the findings in id order, then in document order; grouped ones say how many paragraphs they cover.</summary>
    internal IReadOnlyList<Nd30Finding> ToList()
    {
        var result = new List<Nd30Finding>(findings);
        foreach ((int position, int count) in grouped.Values)
        {
            if (count > 1)
            {
                Nd30Finding first = result[position];
                result[position] = new Nd30Finding(first.Rule, first.Location, first.ElementText, LintText.Of("Finding_InParagraphs", first.FoundText, count), first.RequiredText);
            }
        }

        return result
            .Select((finding, order) => (finding, order))
            .OrderBy(f => f.finding.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.order)
            .Select(f => f.finding)
            .ToList();
    }

    private static DocxLocation At(DocxParagraph paragraph) =>
        new(paragraph.Part, paragraph.Part == "document" ? paragraph.Section + 1 : null, paragraph.Index, paragraph.Excerpt);
}
