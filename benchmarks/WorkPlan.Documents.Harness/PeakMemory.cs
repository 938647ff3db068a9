using System.Diagnostics;
using System.Globalization;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// Peak memory of one render: a fresh <c>render-once</c> process per programme and format, under GNU time, whose
/// maximum resident set (<c>ru_maxrss</c>) is the process's peak — the runtime, the library and the one render. The
/// programmes are JSON files (the benchmarks project writes scaled ones: <c>-- scaled 100 FILE</c>); the seed is
/// always the first row, for reference.
/// </summary>
internal static class PeakMemory
{
    private const string GnuTime = "/usr/bin/time";

    public static void Run(HarnessOptions options, TextWriter report)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"{GnuTime} (Debian package 'time') is needed to read the peak memory.");
        }

        ScratchFolder.Use(
            "workplan-peak-",
            report,
            "Peak memory: one render in a fresh process per row (ru_maxrss)",
            ["programme", "format", "wall", "peak memory (RSS)"],
            2,
            work =>
            {
                string seed = Path.Combine(work, "seed.json");
                File.WriteAllText(seed, Inputs.SeedJson);
                foreach (string input in new[] { seed }.Concat(options.Inputs))
                {
                    foreach (string format in options.Formats)
                    {
                        Measure(input, format, work, report);
                    }
                }
            });
    }

    private static void Measure(string input, string format, string work, TextWriter report)
    {
        string output = Path.Combine(work, "out." + format);
        string stats = Path.Combine(work, "time.txt");
        ProcessStartInfo child = ChildProcess.For(typeof(PeakMemory).Assembly.Location, ["render-once", format, input, output]);
        var timed = new ProcessStartInfo(GnuTime) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-f", "%e %M", "-o", stats, child.FileName }.Concat(child.ArgumentList))
        {
            timed.ArgumentList.Add(argument);
        }

        ChildProcess.Run(timed);
        string[] parts = File.ReadAllLines(stats).Last(l => l.Length > 0).Split(' ');
        double wall = double.Parse(parts[0], CultureInfo.InvariantCulture);
        double peakMb = long.Parse(parts[1], CultureInfo.InvariantCulture) / 1024.0;
        report.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {Path.GetFileName(input)} ({new FileInfo(input).Length / 1024} KB) | {format} | {wall:F2} s | {peakMb:F0} MB |"));
    }
}
