using System.Diagnostics;
using System.Globalization;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// Cold start: the first document in a fresh process. Starts <c>runs</c> separate processes one after another, each
/// rendering the seed once, and measures from just before the process is started to the moment the output file was
/// last written (its modification time), and to the process's exit.
/// </summary>
/// <remarks>
/// Two kinds of process: <c>api</c>, this harness's own <c>render-once</c> command (the public API and nothing else:
/// read the JSON, create the renderer, render, write), and <c>cli</c>, the <c>workplan render</c> tool.
/// </remarks>
internal static class ColdStart
{
    public static void Run(HarnessOptions options, TextWriter report)
    {
        ScratchFolder.Use(
            "workplan-coldstart-",
            report,
            $"Cold start: {options.Runs} fresh processes per row, seed programme",
            ["process", "format", "start → file written, median", "p90", "min", "max", "start → exit, median"],
            2,
            work =>
            {
                string input = Path.Combine(work, "seed.json");
                File.WriteAllText(input, Inputs.SeedJson);
                foreach (string target in options.Targets)
                {
                    foreach (string format in options.Formats)
                    {
                        Measure(options, target, format, input, work, report);
                    }
                }
            });
    }

    private static void Measure(HarnessOptions options, string target, string format, string input, string work, TextWriter report)
    {
        var written = new List<double>();
        var exited = new List<double>();
        for (int run = 0; run < options.Runs; run++)
        {
            string outputFolder = Path.Combine(work, $"{target}-{format}-{run}");
            Directory.CreateDirectory(outputFolder);
            string output = Path.Combine(outputFolder, "seed." + format);
            ProcessStartInfo info = target == "cli"
                ? Cli.Render(options, [input], outputFolder, format)
                : ChildProcess.For(typeof(ColdStart).Assembly.Location, ["render-once", format, input, output]);
            DateTime started = DateTime.UtcNow;
            long ticks = Stopwatch.GetTimestamp();
            ChildProcess.Run(info);
            exited.Add(Stopwatch.GetElapsedTime(ticks).TotalMilliseconds);
            if (!File.Exists(output))
            {
                throw new InvalidOperationException($"{target} wrote no {output}.");
            }

            written.Add((File.GetLastWriteTimeUtc(output) - started).TotalMilliseconds);
        }

        var w = new Samples(written);
        var e = new Samples(exited);
        report.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {(target == "cli" ? "workplan render" : "public API")} | {format} | {w.Median:F0} ms | {w.P90:F0} ms | {w.Min:F0} ms | {w.Max:F0} ms | {e.Median:F0} ms |"));
    }
}
