using BenchmarkDotNet.Attributes;
using NodaTime;
using WorkPlan.Documents.Rendering.Docx;
using WorkPlan.Documents.Rendering.Html;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Benchmarks.Rendering;

/// <summary>
/// The layout engine on a month-sized document (186 schedule rows): reading the markup, writing the .docx and the
/// HTML (each including the read, as a render does), and a floor: the same document built by hand with the Open XML
/// SDK and saved through its own package (<see cref="SdkFloor"/>). Issue 7 targets: .docx ≤ 1.5× the floor,
/// HTML ≥ 10× faster than .docx.
/// </summary>
[MemoryDiagnoser]
public class LayoutEngineBenchmarks : IDisposable
{
    private static readonly StyleSheet Styles = StyleSheet.Parse(LayoutBenchmarkData.StyleSheet, "benchmark.css");
    private static readonly DocxPackageInfo Info = new("Chương trình", "WorkPlan.Documents", Instant.FromUtc(2021, 5, 7, 0, 0));
    private readonly MemoryStream docx = new(256 * 1024);
    private readonly StringWriter html = new(new System.Text.StringBuilder(512 * 1024));

    /// <summary>Releases the buffers.</summary>
    public void Dispose()
    {
        docx.Dispose();
        html.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Markup → layout tree.</summary>
    [Benchmark]
    public int ReadMarkup() => LayoutMarkupReader.Read(LayoutBenchmarkData.Markup).Sections.Count;

    /// <summary>Markup → .docx bytes.</summary>
    [Benchmark(Baseline = true)]
    public long Docx()
    {
        docx.SetLength(0);
        DocxWriter.Write(new StyleResolver(Styles, LayoutMarkupReader.Read(LayoutBenchmarkData.Markup)), docx, Info);
        return docx.Length;
    }

    /// <summary>Markup → HTML text.</summary>
    [Benchmark]
    public int Html()
    {
        html.GetStringBuilder().Clear();
        HtmlWriter.Write(new StyleResolver(Styles, LayoutMarkupReader.Read(LayoutBenchmarkData.Markup)), html);
        return html.GetStringBuilder().Length;
    }

    /// <summary>The same document written by hand with the Open XML SDK.</summary>
    [Benchmark]
    public long SdkFloor()
    {
        docx.SetLength(0);
        SdkFloorDocument.Write(docx);
        return docx.Length;
    }
}
