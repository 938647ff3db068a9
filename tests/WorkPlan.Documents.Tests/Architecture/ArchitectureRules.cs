namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// The rules docs/architecture.md states, checked against the dependency graph read from the compiled assemblies;
/// each method returns the violations as the messages a failing test prints (none when the rule holds).
/// </summary>
internal static class ArchitectureRules
{
    private const string Doc = "docs/architecture.md";

    /// <summary>Every cycle between components, with one example reference for each of its edges.</summary>
    public static IReadOnlyList<string> Cycles(DependencyGraph actual) =>
        actual.Cycles().Select(actual.Describe).ToList();

    /// <summary>
    /// Every edge the table does not allow, grouped by the row it is missing from, with that row as it would read
    /// with the missing components added (edges from a component without a row are reported by <see cref="Rows"/>).
    /// </summary>
    /// <param name="actual">The graph read from the assemblies.</param>
    /// <param name="table">The table of docs/architecture.md.</param>
    /// <param name="from">The components whose edges are checked; all when null.</param>
    public static IReadOnlyList<string> Edges(DependencyGraph actual, ArchitectureTable table, Func<string, bool>? from = null)
    {
        var violations = new List<string>();
        foreach (var group in actual.Edges.Where(edge => from is null || from(edge.From)).GroupBy(edge => edge.From))
        {
            if (table.Find(group.Key) is not { } row)
            {
                continue;
            }

            var missing = group.Where(edge => !row.MayDependOn.Contains(edge.To)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var text = new System.Text.StringBuilder();
            text.Append("The row of `").Append(row.Component).Append("` in ").Append(Doc).Append(" does not allow ")
                .Append(string.Join(", ", missing.Select(edge => $"`{edge.To}`"))).Append(':');
            foreach (var edge in missing)
            {
                text.Append("\n    ").Append(edge.From).Append(" → ").Append(edge.To).Append(": ").Append(edge.Example);
            }

            text.Append("\n  Remove the reference, or make the row read:\n    ").Append(row.With(missing.Select(edge => edge.To)));
            violations.Add(text.ToString());
        }

        return violations;
    }

    /// <summary>
    /// Every component without a row (with the row to add, listing what it depends on now), every row naming no
    /// component of the assemblies read (except those of <paramref name="notRead"/>), and every component a row lists
    /// that has no row itself.
    /// </summary>
    public static IReadOnlyList<string> Rows(DependencyGraph actual, ArchitectureTable table, IEnumerable<string> notRead)
    {
        var violations = new List<string>();
        foreach (string component in actual.Nodes.Where(node => table.Find(node) is null))
        {
            var uses = actual.Edges.Where(edge => edge.From == component).Select(edge => $"`{edge.To}`").ToList();
            violations.Add(
                $"`{component}` has no row in {Doc}; add one (job, and what it may depend on; it depends on these now):\n" +
                $"    | `{component}` | … | {(uses.Count == 0 ? "—" : string.Join(", ", uses))} |");
        }

        var skipped = new HashSet<string>(notRead, StringComparer.Ordinal);
        foreach (ArchitectureTable.Row row in table.Rows)
        {
            if (!actual.Nodes.Contains(row.Component) && !skipped.Contains(row.Component))
            {
                violations.Add($"The row of `{row.Component}` in {Doc} names no folder of the assemblies; remove it:\n    {row.Line}");
            }

            foreach (string target in row.MayDependOn.Where(target => table.Find(target) is null))
            {
                violations.Add($"The row of `{row.Component}` in {Doc} lists `{target}`, which has no row.");
            }
        }

        return violations;
    }

    /// <summary>Every cycle in what the table allows: the picture itself must be layered.</summary>
    public static IReadOnlyList<string> TableCycles(ArchitectureTable table) => Cycles(table.ToGraph());

    /// <summary>The message of a failing rule: the violations, one block each, after a count.</summary>
    public static string Report(string rule, IReadOnlyList<string> violations) =>
        $"{violations.Count} violation(s) of: {rule}\n" + string.Join("\n", violations.Select(v => "- " + v));
}
