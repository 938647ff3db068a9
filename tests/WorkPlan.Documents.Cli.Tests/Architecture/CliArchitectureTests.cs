using WorkPlan.Documents.Model;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Architecture;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Cli.Tests.Architecture;

/// <summary>
/// The CLI's row of docs/architecture.md: what the <c>workplan</c> tool depends on, read from the compiled assemblies
/// (the library's own folders are checked by the library tests' ArchitectureTests, which cannot see the tool).
/// </summary>
public sealed class CliArchitectureTests
{
    private const string Cli = "WorkPlan.Documents.Cli";

    [Fact]
    public void Every_dependency_of_the_tool_is_allowed_by_the_table()
    {
        DependencyGraph actual = NamespaceDependencyReader.Read(
        [
            typeof(WorkProgramme).Assembly.Location,
            typeof(Nd30Templates).Assembly.Location,
            typeof(WorkplanApp).Assembly.Location,
        ]);
        ArchitectureTable table = ArchitectureTable.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "architecture.md")));

        Assert.NotNull(table.Find(Cli));
        Assert.Contains(Cli, actual.Nodes);
        IReadOnlyList<string> edges = ArchitectureRules.Edges(actual, table, from: component => component == Cli);
        Assert.True(edges.Count == 0, ArchitectureRules.Report("every dependency allowed by docs/architecture.md", edges));
    }
}
