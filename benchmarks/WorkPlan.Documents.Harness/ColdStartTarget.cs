using System.Diagnostics;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// One kind of process the cold-start run starts: its name on the command line (<c>--targets</c>), its title in the
/// report, and how one run of it is started and timed.
/// </summary>
internal abstract class ColdStartTarget
{
    protected ColdStartTarget(string name, string title, bool hasFormat)
    {
        Name = name;
        Title = title;
        HasFormat = hasFormat;
    }

    /// <summary>The names <c>--targets</c> takes, in the order of the report.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["baseline", "baseline-native", "api", "cli", "cli-native", "check", "check-native", "quickstart", "webapi"];

    public string Name { get; }

    public string Title { get; }

    /// <summary>Whether the process renders one format per row (docx, html).</summary>
    public bool HasFormat { get; }

    public static ColdStartTarget Named(string name, HarnessOptions options) => name switch
    {
        "baseline" => new Exits(name, "`workplan --version` (JIT): the runtime's own start", _ => Cli.Command(options.CliPath, ["--version"])),
        "baseline-native" => new Exits(name, "`workplan --version` (Native AOT)", _ => Cli.Command(Require(options.NativeCliPath, "--cli-native"), ["--version"])),
        "api" => new Writes(name, "public API (`render-once`, JIT)", (input, output, format) =>
            (ChildProcess.For(typeof(ColdStart).Assembly.Location, ["render-once", format, input, Path.Combine(output, "seed." + format)]), Path.Combine(output, "seed." + format))),
        "cli" => new Writes(name, "`workplan render` (JIT, framework-dependent)", (input, output, format) =>
            (Cli.Render(options.CliPath, [input], output, format), Path.Combine(output, "seed." + format))),
        "cli-native" => new Writes(name, "`workplan render` (Native AOT)", (input, output, format) =>
            (Cli.Render(Require(options.NativeCliPath, "--cli-native"), [input], output, format), Path.Combine(output, "seed." + format))),
        // `check` exits 1 when it finds errors (docs/cli.md): a finding is a result, not a failed measurement.
        "check" => new Exits(name, "`workplan check` (JIT)", input => Cli.Command(options.CliPath, ["check", input]), 0, 1),
        "check-native" => new Exits(name, "`workplan check` (Native AOT)", input => Cli.Command(Require(options.NativeCliPath, "--cli-native"), ["check", input]), 0, 1),
        "quickstart" => new Writes(name, "samples/QuickStart (ReadyToRun)", (_, output, _) =>
            (ChildProcess.For(Require(options.QuickStartPath, "--quickstart"), [output]), Path.Combine(output, "chuong-trinh-cong-tac-thang-5-2021.docx")), hasFormat: false),
        "webapi" => new WebApiTarget(name, "samples/WebApi, first POST /programmes/render/docx", options),
        _ => throw new ArgumentException($"unknown target '{name}'; the targets are {string.Join(", ", Names)}."),
    };

    /// <summary>Runs one fresh process; returns milliseconds from start to its first document and to its exit.</summary>
    public abstract (double FirstDocument, double Exit) RunOnce(string input, string outputFolder, string format);

    protected static string Require(string? path, string option) =>
        path is not null && File.Exists(path) ? path : throw new InvalidOperationException($"this target needs {option} PATH (a published executable); {path ?? "none"} was given.");

    /// <summary>A process that writes one file: timed to the file's last write and to its exit.</summary>
    private sealed class Writes(string name, string title, Func<string, string, string, (ProcessStartInfo Info, string Output)> start, bool hasFormat = true)
        : ColdStartTarget(name, title, hasFormat)
    {
        public override (double FirstDocument, double Exit) RunOnce(string input, string outputFolder, string format)
        {
            (ProcessStartInfo info, string output) = start(input, outputFolder, format);
            DateTime started = DateTime.UtcNow;
            double exit = ColdStart.TimeToExit(info);
            if (!File.Exists(output))
            {
                throw new InvalidOperationException($"{Name} wrote no {output}.");
            }

            return ((File.GetLastWriteTimeUtc(output) - started).TotalMilliseconds, exit);
        }
    }

    /// <summary>A process whose work ends with it (a check, a version line): both figures are the time to exit.</summary>
    private sealed class Exits(string name, string title, Func<string, ProcessStartInfo> start, params int[] exitCodes)
        : ColdStartTarget(name, title, hasFormat: false)
    {
        public override (double FirstDocument, double Exit) RunOnce(string input, string outputFolder, string format)
        {
            double exit = ColdStart.TimeToExit(start(input), exitCodes.Length == 0 ? [0] : exitCodes);
            return (exit, exit);
        }
    }
}
