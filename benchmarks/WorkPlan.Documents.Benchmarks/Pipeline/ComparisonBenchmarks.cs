using BenchmarkDotNet.Attributes;
using WorkPlan.Documents.Benchmarks.Floor;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Benchmarks.Peer;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>
/// The headline, side by side in one run: the seed (and a year, 10× its entries) to .docx through the public API
/// (the baseline), the same document from the hand-written floors (a typed DOM per part, and document.xml streamed
/// with the SDK's OpenXmlPartWriter) and from NPOI (the peer), the bare zip of the finished parts, and the same
/// programme to HTML through the public API. Every writer writes into the same reused in-memory stream. The restated
/// targets of docs/performance.md are ratios within one parameter group of one run.
/// </summary>
[MemoryDiagnoser]
public class ComparisonBenchmarks : IDisposable
{
    private readonly MemoryOutput output = new();
    private WorkProgramme seed = null!;
    private WorkProgrammeRenderer renderer = null!;
    private PackageParts parts = null!;

    /// <summary>Gets or sets the multiple of the seed's entries: the seed (1) and a year (10).</summary>
    [Params(1, 10)]
    public int Entries { get; set; } = 1;

    /// <summary>Creates the renderer (templates, stylesheet and columns parsed on the first render, done here).</summary>
    [GlobalSetup]
    public void Setup()
    {
        seed = Entries == 1 ? BenchmarkInputs.Seed : BenchmarkInputs.Scaled(Entries);
        renderer = Nd30Templates.CreateRenderer(FixedClock.SeedIssue);
        parts = new PackageParts(renderer.RenderDocx(seed));
        _ = renderer.RenderHtml(seed);
    }

    /// <summary>The seed → .docx with the public API, warm.</summary>
    [Benchmark(Baseline = true)]
    public long PipelineDocx()
    {
        renderer.WriteDocx(seed, output.Reset());
        return output.Stream.Length;
    }

    /// <summary>The seed → HTML with the public API, warm.</summary>
    [Benchmark]
    public long PipelineHtml()
    {
        renderer.WriteHtml(seed, output.Reset());
        return output.Stream.Length;
    }

    /// <summary>The same .docx from the hand-written Open XML SDK program.</summary>
    [Benchmark]
    public long FloorDocx()
    {
        FloorDocxWriter.Write(seed, output.Reset(), FixedClock.SeedIssue.GetCurrentInstant());
        return output.Stream.Length;
    }

    /// <summary>The same .docx from the hand-written program that streams document.xml with OpenXmlPartWriter.</summary>
    [Benchmark]
    public long StreamingFloorDocx()
    {
        FloorDocxWriter.WriteStreaming(seed, output.Reset(), FixedClock.SeedIssue.GetCurrentInstant());
        return output.Stream.Length;
    }

    /// <summary>Only zipping the finished parts (optimal deflate): the floor under the floor.</summary>
    [Benchmark]
    public long ZipOnly()
    {
        parts.Zip(output.Reset());
        return output.Stream.Length;
    }

    /// <summary>The same document written with NPOI 2.4.1 XWPF.</summary>
    [Benchmark]
    public long NpoiDocx()
    {
        NpoiProgrammeWriter.Write(seed, output.Reset());
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
