using System.Text.RegularExpressions;

namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// The table of docs/architecture.md that says what each folder may depend on: the first Markdown table whose header
/// has a "May depend on" column. A row's component is the first <c>`code`</c> span of its first cell; the components it
/// may depend on are the code spans of its last cell (none when the cell has none, e.g. "—").
/// </summary>
internal sealed partial class ArchitectureTable
{
    private const string DependencyHeader = "May depend on";

    private ArchitectureTable(IReadOnlyList<Row> rows) => Rows = rows;

    /// <summary>The rows, in the order of the document.</summary>
    public IReadOnlyList<Row> Rows { get; }

    /// <summary>The row of <paramref name="component"/>, if the table has one.</summary>
    public Row? Find(string component) => Rows.FirstOrDefault(row => row.Component == component);

    /// <summary>Reads the table from Markdown text.</summary>
    public static ArchitectureTable Parse(string markdown)
    {
        string[] lines = markdown.Replace("\r\n", "\n").Split('\n');
        int header = Array.FindIndex(lines, line => line.TrimStart().StartsWith('|') && line.Contains(DependencyHeader, StringComparison.Ordinal));
        if (header < 0)
        {
            throw new FormatException($"No table with a \"{DependencyHeader}\" column.");
        }

        var rows = new List<Row>();
        for (int i = header + 2; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
        {
            string line = lines[i].Trim();
            string[] cells = line.Trim('|').Split('|');
            string? component = CodeSpan().Matches(cells[0]).Select(match => match.Groups[1].Value).FirstOrDefault()
                ?? throw new FormatException($"Line {i + 1}: the first cell names no `component`: {line}");
            var allowed = CodeSpan().Matches(cells[^1]).Select(match => match.Groups[1].Value).ToList();
            rows.Add(new Row(component, allowed, line));
        }

        var duplicate = rows.GroupBy(row => row.Component).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Two rows for `{duplicate.Key}`.");
        }

        return new ArchitectureTable(rows);
    }

    /// <summary>The table as a graph: an edge from each row to every component it may depend on.</summary>
    public DependencyGraph ToGraph()
    {
        var graph = new DependencyGraph();
        foreach (Row row in Rows)
        {
            graph.AddNode(row.Component);
            foreach (string target in row.MayDependOn)
            {
                graph.AddEdge(row.Component, target, $"the row of `{row.Component}` lists `{target}`");
            }
        }

        return graph;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>One row: a component, what it may depend on, and the Markdown line it was read from.</summary>
    internal sealed record Row(string Component, IReadOnlyList<string> MayDependOn, string Line)
    {
        /// <summary>The Markdown line with <paramref name="added"/> at the end of its last cell.</summary>
        public string With(IEnumerable<string> added)
        {
            int start = Line.TrimEnd('|').LastIndexOf('|') + 1;
            var targets = MayDependOn.Concat(added).Select(t => $"`{t}`");
            return string.Concat(Line.AsSpan(0, start), " ", string.Join(", ", targets), " |");
        }
    }
}
