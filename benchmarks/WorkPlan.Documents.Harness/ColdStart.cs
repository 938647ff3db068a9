using System.Diagnostics;
using System.Globalization;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// Cold start: the first document in a fresh process. Starts <c>runs</c> separate processes one after another for
/// each kind of process (<see cref="ColdStartTarget"/>), and measures from just before the process is started to
/// the moment its first document was written (the output file's modification time, or the first HTTP response for
/// the web app), and to the process's exit.
/// </summary>
internal static class ColdStart
{
    public static void Run(HarnessOptions options, TextWriter report)
    {
        ScratchFolder.Use(
            "workplan-coldstart-",
            report,
            $"Cold start: {options.Runs} fresh processes per row, seed programme",
            ["process", "format", "start → first document, median", "p90", "min", "max", "start → exit, median"],
            2,
            work =>
            {
                string input = Path.Combine(work, "seed.json");
                File.WriteAllText(input, Inputs.SeedJson);
                foreach (ColdStartTarget target in options.Targets.Select(name => ColdStartTarget.Named(name, options)))
                {
                    foreach (string format in target.HasFormat ? options.Formats : ["—"])
                    {
                        Measure(options, target, format, input, work, report);
                    }
                }
            });
    }

    private static void Measure(HarnessOptions options, ColdStartTarget target, string format, string input, string work, TextWriter report)
    {
        var first = new List<double>();
        var exited = new List<double>();
        for (int run = 0; run < options.Runs; run++)
        {
            string outputFolder = Path.Combine(work, $"{target.Name}-{format}-{run}");
            Directory.CreateDirectory(outputFolder);
            (double firstDocument, double exit) = target.RunOnce(input, outputFolder, format);
            first.Add(firstDocument);
            exited.Add(exit);
        }

        var f = new Samples(first);
        var e = new Samples(exited);
        report.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {target.Title} | {format} | {f.Median:F0} ms | {f.P90:F0} ms | {f.Min:F0} ms | {f.Max:F0} ms | {e.Median:F0} ms |"));
    }

    /// <summary>Starts <paramref name="info"/>, waits for it to end, and returns the wall time in milliseconds.</summary>
    public static double TimeToExit(ProcessStartInfo info, params int[] acceptedExitCodes)
    {
        long ticks = Stopwatch.GetTimestamp();
        ChildProcess.Run(info, acceptedExitCodes);
        return Stopwatch.GetElapsedTime(ticks).TotalMilliseconds;
    }
}
