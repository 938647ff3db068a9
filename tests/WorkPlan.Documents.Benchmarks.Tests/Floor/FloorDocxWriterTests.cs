using NodaTime;
using WorkPlan.Documents.Benchmarks.Floor;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Benchmarks.Tests.Floor;

/// <summary>
/// The floor is honest: it writes exactly the pipeline's document (its normalised XML equals what the renderer writes
/// for the seed, which the rendering tests pin with their golden), and it computes what it writes on every call
/// (nothing is cached between iterations).
/// </summary>
public class FloorDocxWriterTests
{
    /// <summary>The instant the rendering goldens are dated with (Renderers.FixedInstant in the rendering tests).</summary>
    private static readonly Instant GoldenInstant = Instant.FromUtc(2021, 5, 7, 1, 30);

    /// <summary>
    /// The renderer's document is the one the rendering tests' golden (RenderingGoldenTests.Docx_seed.verified.xml)
    /// pins; it is rendered here in-process rather than read from that test project's golden file.
    /// </summary>
    [Fact]
    public void The_floor_writes_the_pipelines_document_for_the_seed()
    {
        var renderer = Templates.Nd30Templates.CreateRenderer(new Benchmarks.Pipeline.FixedClock(GoldenInstant));

        string floor = DocxProjection.Parts(Write(BenchmarkInputs.Seed));

        Assert.Equal(DocxProjection.Parts(renderer.RenderDocx(BenchmarkInputs.Seed)), floor);
    }

    /// <summary>
    /// Every zip entry is the same, in the same order, with the same date, byte for byte before compression. The
    /// compressed bytes themselves are not compared: the deflater's output depends on how the XML reaches it (the
    /// renderer streams the body in small writes, the floor serialises a DOM), not on the document.
    /// </summary>
    [Fact]
    public void The_floor_writes_byte_for_byte_the_parts_the_renderer_writes()
    {
        var renderer = Templates.Nd30Templates.CreateRenderer(new Benchmarks.Pipeline.FixedClock(GoldenInstant));

        var expected = Entries(renderer.RenderDocx(BenchmarkInputs.Seed));
        var actual = Entries(Write(BenchmarkInputs.Seed));

        Assert.Equal(expected.Select(e => e.Name), actual.Select(e => e.Name));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Modified, actual[i].Modified);
            Assert.True(expected[i].Content.SequenceEqual(actual[i].Content), expected[i].Name + " differs");
        }
    }

    [Fact]
    public void The_floor_computes_each_document_afresh()
    {
        WorkProgramme seed = BenchmarkInputs.Seed;
        var renumbered = new WorkProgramme(
            seed.Agency, new DocumentIdentity(6, seed.Identity.Symbol, seed.Identity.PlaceName, seed.Identity.IssueDate),
            seed.Period, seed.Schedule, seed.Signature, seed.FocusTasks, seed.Recipients, seed.CustomAbstract, seed.Assumed);

        string first = DocxProjection.Parts(Write(seed));
        string other = DocxProjection.Parts(Write(renumbered));
        string again = DocxProjection.Parts(Write(seed));

        Assert.Contains("Số: 05/CTr-VPĐP", first, StringComparison.Ordinal);
        Assert.Contains("Số: 06/CTr-VPĐP", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Số: 05/CTr-VPĐP", other, StringComparison.Ordinal);
        Assert.Equal(first, again);
    }

    [Fact]
    public void The_floor_writes_the_scaled_programmes_as_the_renderer_does()
    {
        var renderer = Templates.Nd30Templates.CreateRenderer(new Benchmarks.Pipeline.FixedClock(GoldenInstant));
        WorkProgramme year = BenchmarkInputs.Scaled(10);

        Assert.Equal(DocxProjection.Parts(renderer.RenderDocx(year)), DocxProjection.Parts(Write(year)));
    }

    /// <summary>The streaming floor writes every part byte for byte as the DOM floor (and so as the renderer) does.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void The_streaming_floor_writes_byte_for_byte_the_parts_of_the_dom_floor(int entries)
    {
        WorkProgramme programme = entries == 1 ? BenchmarkInputs.Seed : BenchmarkInputs.Scaled(entries);
        using var stream = new MemoryStream();
        FloorDocxWriter.WriteStreaming(programme, stream, GoldenInstant);

        var expected = Entries(Write(programme));
        var actual = Entries(stream.ToArray());

        Assert.Equal(expected.Select(e => e.Name), actual.Select(e => e.Name));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Modified, actual[i].Modified);
            Assert.True(expected[i].Content.SequenceEqual(actual[i].Content), expected[i].Name + " differs");
        }
    }

    private static byte[] Write(WorkProgramme programme)
    {
        using var stream = new MemoryStream();
        FloorDocxWriter.Write(programme, stream, GoldenInstant);
        return stream.ToArray();
    }

    private static List<(string Name, DateTimeOffset Modified, byte[] Content)> Entries(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        var entries = new List<(string, DateTimeOffset, byte[])>();
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            entries.Add((entry.FullName, entry.LastWriteTime, content.ToArray()));
        }

        return entries;
    }
}
