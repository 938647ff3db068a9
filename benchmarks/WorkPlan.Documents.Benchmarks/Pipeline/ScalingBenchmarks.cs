using BenchmarkDotNet.Attributes;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>
/// Scaling: the seed (1×), a year (10× the entries) and a province-wide year (100×) through the public API, to
/// .docx and HTML. Linear growth means time and allocations per entry stay flat (docs/performance.md divides).
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks : IDisposable
{
    private readonly MemoryOutput output = new();
    private WorkProgramme programme = null!;
    private WorkProgrammeRenderer renderer = null!;

    /// <summary>Gets or sets the multiple of the seed's entries.</summary>
    [Params(1, 10, 100)]
    public int Entries { get; set; }

    /// <summary>Builds the programme and a warm renderer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        programme = BenchmarkInputs.Scaled(Entries);
        renderer = Nd30Templates.CreateRenderer(FixedClock.SeedIssue);
        _ = renderer.RenderHtml(BenchmarkInputs.Seed);
        _ = renderer.RenderDocx(BenchmarkInputs.Seed);
    }

    /// <summary>The programme → .docx.</summary>
    [Benchmark]
    public long Docx()
    {
        renderer.WriteDocx(programme, output.Reset());
        return output.Stream.Length;
    }

    /// <summary>The programme → HTML.</summary>
    [Benchmark]
    public long Html()
    {
        renderer.WriteHtml(programme, output.Reset());
        return output.Stream.Length;
    }

    /// <summary>Releases the output buffer.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        output.Dispose();
        GC.SuppressFinalize(this);
    }
}
