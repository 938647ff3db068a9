using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Benchmarks.Peer;

namespace WorkPlan.Documents.Benchmarks;

/// <summary>Writes what each benchmarked writer produces for the seed, so a reader can open and compare them.</summary>
internal static class SampleWriter
{
    public static void WriteAll(string folder, TextWriter log)
    {
        Directory.CreateDirectory(folder);
        var renderer = Templates.Nd30Templates.CreateRenderer(Pipeline.FixedClock.SeedIssue);
        Write(folder, "seed.pipeline.docx", log, stream => renderer.WriteDocx(BenchmarkInputs.Seed, stream));
        Write(folder, "seed.pipeline.html", log, stream => renderer.WriteHtml(BenchmarkInputs.Seed, stream));
        Write(folder, "seed.floor.docx", log, stream => Floor.FloorDocxWriter.Write(BenchmarkInputs.Seed, stream, Pipeline.FixedClock.SeedIssue.GetCurrentInstant()));
        Write(folder, "seed.npoi.docx", log, stream => NpoiProgrammeWriter.Write(BenchmarkInputs.Seed, stream));
    }

    private static void Write(string folder, string name, TextWriter log, Action<Stream> write)
    {
        string path = Path.Combine(folder, name);
        using (FileStream stream = File.Create(path))
        {
            write(stream);
        }

        log.WriteLine($"{path}: {new FileInfo(path).Length} bytes");
    }
}
