using BenchmarkDotNet.Attributes;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>
/// Each stage of the pipeline alone, for the seed, warm: its mean time and allocations are the stage's share of a
/// render (docs/performance.md divides them by the whole render's).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks : IDisposable
{
    private readonly MemoryOutput output = new();
    private PipelineStages stages = null!;

    /// <summary>Builds the renderer and each stage's input.</summary>
    [GlobalSetup]
    public void Setup() => stages = new PipelineStages(BenchmarkInputs.Seed);

    /// <summary>Programme → view model.</summary>
    [Benchmark]
    public ProgrammeViewModel ViewModel() => stages.Renderer.CreateViewModel(stages.Programme);

    /// <summary>View model → layout markup (Scriban partials).</summary>
    [Benchmark]
    public string Templates() => stages.Engine.Render(stages.Model, CancellationToken.None);

    /// <summary>Layout markup → checked layout tree.</summary>
    [Benchmark]
    public object MarkupParsing() => LayoutMarkupReader.Read(stages.Markup);

    /// <summary>Layout tree → HTML (UTF-8 into memory).</summary>
    [Benchmark]
    public long HtmlWriter()
    {
        output.Reset();
        global::WorkPlan.Documents.Rendering.Html.HtmlWriter.Write(stages.Styles, output.Text);
        output.Text.Flush();
        return output.Stream.Length;
    }

    /// <summary>Layout tree → .docx (Open XML DOM, serialisation and zip).</summary>
    [Benchmark]
    public long DocxWriter()
    {
        global::WorkPlan.Documents.Rendering.Docx.DocxWriter.Write(stages.Styles, output.Reset(), stages.PackageInfo);
        return output.Stream.Length;
    }

    /// <summary>Only the zip/deflate of the finished .docx parts.</summary>
    [Benchmark]
    public long Zip()
    {
        stages.Parts.Zip(output.Reset());
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
