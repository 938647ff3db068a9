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
    internal void Add(Nd30Rule rule, DocxParagraph paragraph, string element, string found, string required) =>
        findings.Add(new Nd30Finding(rule, At(paragraph), element, found, required));

    /// <summary>Adds a finding about a section (page setup), located at the section's last paragraph.</summary>
    internal void Add(Nd30Rule rule, DocxSection section, string element, string found, string required) =>
        findings.Add(new Nd30Finding(rule, new DocxLocation("document", section.Number, null, null), element, found, required));

    /// <summary>Adds a finding about the document as a whole.</summary>
    internal void Add(Nd30Rule rule, string element, string found, string required) =>
        findings.Add(new Nd30Finding(rule, new DocxLocation("document", null, null, null), element, found, required));

    /// <summary>Adds a finding that is reported once per <paramref name="found"/> value, counting the paragraphs.</summary>
    internal void AddGrouped(Nd30Rule rule, DocxParagraph paragraph, string element, string found, string required)
    {
        if (grouped.TryGetValue((rule, element, found), out var seen))
        {
            grouped[(rule, element, found)] = (seen.Position, seen.Count + 1);
            return;
        }

        grouped.Add((rule, element, found), (findings.Count, 1));
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
                result[position] = new Nd30Finding(first.Rule, first.Location, first.Element, $"{first.Found} (in {count} paragraphs; the first is located)", first.Required);
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
