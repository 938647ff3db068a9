using System.Runtime.CompilerServices;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Tests.Architecture;

/// <summary>
/// Keeps docs/architecture.md true of the compiled library and templates package: no cycle between folders, every
/// reference allowed by the table, one row for every folder and a folder for every row. (The CLI is not referenced by
/// this project; its row is checked only for its own dependencies being rows.)
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Lazy<DependencyGraph> Actual = new(() => NamespaceDependencyReader.Read(
    [
        typeof(WorkProgramme).Assembly.Location,
        typeof(Nd30Templates).Assembly.Location,
    ]));

    private static readonly Lazy<ArchitectureTable> Table = new(() =>
        ArchitectureTable.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "architecture.md"))));

    /// <summary>The components of the assemblies this project does not reference.</summary>
    private static readonly string[] NotRead = ["WorkPlan.Documents.Cli", "WorkPlan.Documents.Templates.Generator"];

    [Fact]
    public void No_folder_depends_on_itself_through_others()
    {
        IReadOnlyList<string> cycles = ArchitectureRules.Cycles(Actual.Value);
        Assert.True(cycles.Count == 0, ArchitectureRules.Report("no cycles between folders", cycles));
    }

    [Fact]
    public void Every_dependency_is_allowed_by_the_table()
    {
        IReadOnlyList<string> edges = ArchitectureRules.Edges(Actual.Value, Table.Value);
        Assert.True(edges.Count == 0, ArchitectureRules.Report("every dependency allowed by docs/architecture.md", edges));
    }

    [Fact]
    public void Every_folder_has_a_row_and_every_row_a_folder()
    {
        IReadOnlyList<string> rows = ArchitectureRules.Rows(Actual.Value, Table.Value, NotRead);
        Assert.True(rows.Count == 0, ArchitectureRules.Report("one row per folder in docs/architecture.md", rows));
    }

    [Fact]
    public void The_table_allows_no_cycle()
    {
        IReadOnlyList<string> cycles = ArchitectureRules.TableCycles(Table.Value);
        Assert.True(cycles.Count == 0, ArchitectureRules.Report("the table of docs/architecture.md is acyclic", cycles));
    }

    [Fact]
    public void The_reader_sees_references_made_only_inside_method_bodies()
    {
        // Sanity check on the reader: the renderer reaches every stage of the pipeline, much of it only in code.
        DependencyGraph graph = Actual.Value;
        Assert.Contains(("Rendering", "Rendering/Html"), graph.Edges.Select(edge => (edge.From, edge.To)));
        Assert.Contains(("Rendering", "Rendering/Docx"), graph.Edges.Select(edge => (edge.From, edge.To)));
        Assert.Contains("Calendar/Astronomy", graph.Nodes);
        Assert.Contains("WorkPlan.Documents.Templates", graph.Nodes);
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
}
