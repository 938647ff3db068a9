namespace WorkPlan.Documents.Tests.Architecture;

public sealed class ArchitectureRulesTests
{
    private const string Doc = """
        # Architecture

        | Folder | Job | May depend on |
        |---|---|---|
        | `Utility` | helpers | — |
        | `Model` | the model | `Utility` |
        | `Rendering` | the facade | `Model`, `Utility` |

        Text after the table.
        """;

    [Fact]
    public void The_table_gives_each_row_its_component_and_what_it_may_depend_on()
    {
        ArchitectureTable table = ArchitectureTable.Parse(Doc);
        Assert.Equal(["Utility", "Model", "Rendering"], table.Rows.Select(row => row.Component));
        Assert.Empty(table.Rows[0].MayDependOn);
        Assert.Equal(["Model", "Utility"], table.Rows[2].MayDependOn);
        Assert.Empty(ArchitectureRules.TableCycles(table));
    }

    [Fact]
    public void An_edge_the_table_lacks_is_reported_with_the_row_to_write()
    {
        var graph = new DependencyGraph();
        graph.AddEdge("Model", "Utility", "Model.A → Utility.B (method C)");
        graph.AddEdge("Model", "Rendering", "Model.A → Rendering.R (method D)");

        string violation = Assert.Single(ArchitectureRules.Edges(graph, ArchitectureTable.Parse(Doc)));
        Assert.Equal(
            "The row of `Model` in docs/architecture.md does not allow `Rendering`:\n" +
            "    Model → Rendering: Model.A → Rendering.R (method D)\n" +
            "  Remove the reference, or make the row read:\n" +
            "    | `Model` | the model | `Utility`, `Rendering` |",
            violation);
    }

    [Fact]
    public void A_folder_without_a_row_and_a_row_without_a_folder_are_reported()
    {
        var graph = new DependencyGraph();
        graph.AddEdge("Model", "Utility", "Model.A → Utility.B (method C)");
        graph.AddEdge("Text", "Utility", "Text.A → Utility.B (method C)");

        Assert.Equal(
            [
                "`Text` has no row in docs/architecture.md; add one (job, and what it may depend on; it depends on these now):\n" +
                "    | `Text` | … | `Utility` |",
                "The row of `Rendering` in docs/architecture.md names no folder of the assemblies; remove it:\n" +
                "    | `Rendering` | the facade | `Model`, `Utility` |",
            ],
            ArchitectureRules.Rows(graph, ArchitectureTable.Parse(Doc), notRead: []));
        Assert.Single(ArchitectureRules.Rows(graph, ArchitectureTable.Parse(Doc), notRead: ["Rendering"]));
    }

    [Fact]
    public void A_table_that_allows_a_cycle_is_reported()
    {
        string cyclic = Doc.Replace("| `Utility` | helpers | — |", "| `Utility` | helpers | `Rendering` |", StringComparison.Ordinal);
        Assert.Equal(
            ["Cycle Model → Utility → Rendering → Model:\n" +
             "    Model → Utility: the row of `Model` lists `Utility`\n" +
             "    Utility → Rendering: the row of `Utility` lists `Rendering`\n" +
             "    Rendering → Model: the row of `Rendering` lists `Model`",
             "Cycle Rendering → Utility → Rendering:\n" +
             "    Rendering → Utility: the row of `Rendering` lists `Utility`\n" +
             "    Utility → Rendering: the row of `Utility` lists `Rendering`"],
            ArchitectureRules.TableCycles(ArchitectureTable.Parse(cyclic)));
    }

    [Theory]
    [InlineData("<Render>b__3_0", "Render")]
    [InlineData("<RenderAsync>d__5", "RenderAsync")]
    [InlineData("<Render>g__Local|0_0", "Render")]
    [InlineData("<>c__DisplayClass3_0", "lambda")]
    [InlineData("Render", "Render")]
    public void Compiler_generated_names_read_as_the_method_they_come_from(string name, string expected) =>
        Assert.Equal(expected, NamespaceDependencyReader.Demangle(name));
}
