namespace WorkPlan.Documents.Tests.Architecture;

public sealed class DependencyGraphTests
{
    [Fact]
    public void An_acyclic_graph_has_no_cycles()
    {
        DependencyGraph graph = Graph(("A", "B"), ("B", "C"), ("A", "C"));
        Assert.Empty(graph.Cycles());
    }

    [Fact]
    public void A_reference_inside_one_component_is_no_edge()
    {
        DependencyGraph graph = Graph(("A", "A"));
        Assert.Empty(graph.Edges);
        Assert.Equal(["A"], graph.Nodes);
        Assert.Empty(graph.Cycles());
    }

    [Fact]
    public void Every_elementary_cycle_is_found_once_from_its_smallest_node()
    {
        // Two cycles through B (A → B → A and B → C → D → B) and one more through C and D (C → D → C).
        DependencyGraph graph = Graph(("A", "B"), ("B", "A"), ("B", "C"), ("C", "D"), ("D", "B"), ("D", "C"), ("D", "E"));
        Assert.Equal(
            ["A B", "B C D", "C D"],
            graph.Cycles().Select(cycle => string.Join(" ", cycle)));
    }

    [Fact]
    public void The_cycles_found_stop_at_the_limit()
    {
        DependencyGraph graph = Graph(("A", "B"), ("B", "A"), ("C", "D"), ("D", "C"));
        Assert.Single(graph.Cycles(limit: 1));
    }

    [Fact]
    public void An_edge_keeps_its_smallest_example_and_a_cycle_shows_one_per_edge()
    {
        var graph = new DependencyGraph();
        graph.AddEdge("Lunar", "Calendar", "Lunar.Y → Calendar.LazySlots (method B)");
        graph.AddEdge("Lunar", "Calendar", "Lunar.X → Calendar.LazySlots (method A)");
        graph.AddEdge("Calendar", "Lunar", "Calendar.Z → Lunar.X (field z)");

        Assert.Equal(
            "Cycle Calendar → Lunar → Calendar:\n" +
            "    Calendar → Lunar: Calendar.Z → Lunar.X (field z)\n" +
            "    Lunar → Calendar: Lunar.X → Calendar.LazySlots (method A)",
            graph.Describe(Assert.Single(graph.Cycles())));
    }

    private static DependencyGraph Graph(params (string From, string To)[] edges)
    {
        var graph = new DependencyGraph();
        foreach ((string from, string to) in edges)
        {
            graph.AddEdge(from, to, $"{from}.T → {to}.T (type)");
        }

        return graph;
    }
}
