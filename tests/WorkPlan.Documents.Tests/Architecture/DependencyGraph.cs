namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// A directed graph between named components (folders), keeping for every edge one example of the reference that
/// makes it: the smallest in ordinal order, so the report is the same from build to build.
/// </summary>
internal sealed class DependencyGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> edges = new(StringComparer.Ordinal);

    /// <summary>The components, in ordinal order (a component with no edges at all is there too once added).</summary>
    public IReadOnlyCollection<string> Nodes => edges.Keys;

    /// <summary>Every edge, ordered by source then target.</summary>
    public IEnumerable<(string From, string To, string Example)> Edges =>
        edges.SelectMany(from => from.Value.Select(to => (from.Key, to.Key, to.Value)));

    /// <summary>Adds a component (so it is known even when nothing refers to it).</summary>
    public void AddNode(string node)
    {
        if (!edges.ContainsKey(node))
        {
            edges.Add(node, new SortedDictionary<string, string>(StringComparer.Ordinal));
        }
    }

    /// <summary>Adds the edge <paramref name="from"/> → <paramref name="to"/>; a reference inside one component is no edge.</summary>
    public void AddEdge(string from, string to, string example)
    {
        AddNode(from);
        AddNode(to);
        if (from == to)
        {
            return;
        }

        SortedDictionary<string, string> targets = edges[from];
        if (!targets.TryGetValue(to, out string? kept) || string.CompareOrdinal(example, kept) < 0)
        {
            targets[to] = example;
        }
    }

    /// <summary>The example kept for an edge.</summary>
    public string ExampleOf(string from, string to) => edges[from][to];

    /// <summary>
    /// Every elementary cycle (no component twice), each starting at its smallest component in ordinal order and
    /// listed in ordinal order of those paths; at most <paramref name="limit"/> of them.
    /// </summary>
    /// <remarks>
    /// A plain depth-first enumeration (each cycle found once, from its smallest node, through larger nodes only):
    /// exponential in the worst case, which a graph of some thirty folders never comes near; the limit guards a
    /// pathological one.
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<string>> Cycles(int limit = 100)
    {
        var found = new List<IReadOnlyList<string>>();
        foreach (string start in edges.Keys)
        {
            var path = new List<string> { start };
            var onPath = new HashSet<string>(StringComparer.Ordinal) { start };
            Walk(start, start, path, onPath, found, limit);
            if (found.Count >= limit)
            {
                break;
            }
        }

        return found;
    }

    private void Walk(
        string start, string node, List<string> path, HashSet<string> onPath, List<IReadOnlyList<string>> found, int limit)
    {
        foreach (string next in edges[node].Keys)
        {
            if (found.Count >= limit)
            {
                return;
            }

            if (next == start)
            {
                found.Add([.. path]);
            }
            else if (string.CompareOrdinal(next, start) > 0 && onPath.Add(next))
            {
                path.Add(next);
                Walk(start, next, path, onPath, found, limit);
                path.RemoveAt(path.Count - 1);
                onPath.Remove(next);
            }
        }
    }

    /// <summary>
    /// A cycle as the report shows it: the components joined by arrows, back to the first, then one line per edge
    /// with its example.
    /// </summary>
    public string Describe(IReadOnlyList<string> cycle)
    {
        var text = new System.Text.StringBuilder();
        text.Append("Cycle ").Append(string.Join(" → ", cycle)).Append(" → ").Append(cycle[0]).Append(':');
        for (int i = 0; i < cycle.Count; i++)
        {
            string from = cycle[i];
            string to = cycle[(i + 1) % cycle.Count];
            text.Append("\n    ").Append(from).Append(" → ").Append(to).Append(": ").Append(ExampleOf(from, to));
        }

        return text.ToString();
    }
}
