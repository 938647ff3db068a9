using System.Diagnostics;
using System.Globalization;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// Bulk: N programmes rendered by one <c>workplan render</c> batch run. Reports documents per second, per second per
/// core, per CPU-second, and the process's peak resident memory (ru_maxrss, read by GNU time) as N grows.
/// </summary>
/// <remarks>
/// The N inputs are the seed under N document numbers (1…N), so every output differs. Memory that does not grow with
/// N means the batch streams: each document's memory is released once it is written.
/// </remarks>
internal static class Bulk
{
    private const string GnuTime = "/usr/bin/time";

    public static void Run(HarnessOptions options, TextWriter report)
    {
        if (!File.Exists(GnuTime))
        {
            throw new InvalidOperationException($"{GnuTime} (Debian package 'time') is needed to read the batch's peak memory.");
        }

        WorkProgramme seed = WorkProgrammeJson.Deserialize(Inputs.SeedJson);
        ScratchFolder.Use(
            "workplan-bulk-",
            report,
            "Bulk: one `workplan render` batch per row, the seed under N document numbers",
            ["format", "N", "wall", "docs/s", "docs/s per core", "docs per CPU-second", "peak memory (RSS)"],
            1,
            work =>
            {
                foreach (string format in options.Formats)
                {
                    foreach (int n in options.Counts)
                    {
                        Measure(options, seed, format, n, work, report);
                    }
                }
            });
    }

    private static void Measure(HarnessOptions options, WorkProgramme seed, string format, int n, string work, TextWriter report)
    {
        string inputs = Path.Combine(work, $"in-{n}");
        if (!Directory.Exists(inputs))
        {
            Directory.CreateDirectory(inputs);
            for (int i = 1; i <= n; i++)
            {
                File.WriteAllText(Path.Combine(inputs, $"programme-{i:D5}.json"), WorkProgrammeJson.Serialize(Numbered(seed, i)));
            }
        }

        string outputs = Path.Combine(work, $"out-{format}-{n}");
        Directory.CreateDirectory(outputs);
        string stats = Path.Combine(work, "time.txt");
        ProcessStartInfo cli = Cli.Render(options.CliPath, [inputs], outputs, format);
        var timed = new ProcessStartInfo(GnuTime)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in new[] { "-f", "%e %U %S %M", "-o", stats, cli.FileName }.Concat(cli.ArgumentList))
        {
            timed.ArgumentList.Add(argument);
        }

        ChildProcess.Run(timed);
        int written = Directory.GetFiles(outputs, "*." + format).Length;
        if (written != n)
        {
            throw new InvalidOperationException($"the batch wrote {written} of {n} documents.");
        }

        string[] parts = File.ReadAllLines(stats).Last(l => l.Length > 0).Split(' ');
        double wall = double.Parse(parts[0], CultureInfo.InvariantCulture);
        double cpu = double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture);
        double peakMb = double.Parse(parts[3], CultureInfo.InvariantCulture) / 1024;
        double perSecond = n / wall;
        report.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {format} | {n} | {wall:F2} s | {perSecond:F1} | {perSecond / Environment.ProcessorCount:F1} | {n / cpu:F1} | {peakMb:F0} MB |"));
        Directory.Delete(outputs, recursive: true);
    }

    private static WorkProgramme Numbered(WorkProgramme seed, int number) => new(
        seed.Agency,
        new DocumentIdentity(number, seed.Identity.Symbol, seed.Identity.PlaceName, seed.Identity.IssueDate),
        seed.Period,
        seed.Schedule,
        seed.Signature,
        seed.FocusTasks,
        seed.Recipients,
        seed.CustomAbstract,
        seed.Assumed);
}
