using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// Runs generated cases through <c>workplan</c> in-process and collects every run that breaks the tool's contract:
/// exit 70 (an internal error, i.e. a bug), an exit code docs/cli.md does not list, a failure that prints nothing, or
/// a run that does not end within <see cref="CaseTimeout"/>. Each such case is written out as a reproducer — its
/// files, <c>command.sh</c> and <c>result.txt</c> (exit code, standard error) — under
/// <see cref="ReproducerRoot"/>, ready to become a regression test; the failure report groups them by cause.
/// </summary>
/// <remarks>
/// Cases are drawn with CsCheck's generators, but driven here rather than by <c>Sample</c>: case <c>n</c> comes from
/// its own generator state derived from the seed and <c>n</c>, so every case is reproducible on its own, the count is
/// exact, and a failing case is reported as it is (the reproducer is the input itself; a CLI run is too slow to shrink).
/// </remarks>
public sealed class FuzzRunner
{
    /// <summary>The longest a case may run before it is reported as hanging.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The folder the reproducers are written under.</summary>
    public static readonly string ReproducerRoot = Path.Combine(Path.GetTempPath(), "workplan-fuzz-failures");

    /// <summary>How many reproducers are written for each distinct cause; a long local run finds the same cause often.</summary>
    private const int ReproducersPerCause = 5;

    private static readonly int[] DocumentedExitCodes = [0, 1, 2, 3, 4, 5];

    private readonly string command;
    private readonly ITestOutputHelper log;

    /// <summary>Creates a runner for the cases of one command.</summary>
    /// <param name="command">The command's name, e.g. "render"; names the reproducer folder.</param>
    /// <param name="log">Where the run's statistics go.</param>
    public FuzzRunner(string command, ITestOutputHelper log)
    {
        this.command = command;
        this.log = log;
    }

    /// <summary>Runs <paramref name="count"/> cases of <paramref name="cases"/> and fails listing every broken contract.</summary>
    public void Run(Gen<FuzzCase> cases, int count)
    {
        ulong seed = FuzzBudget.Seed;
        uint stream = Stable(command);
        var failures = new List<FuzzFailure>();
        var exitCodes = new SortedDictionary<int, int>();
        var slowest = (Time: TimeSpan.Zero, Case: -1);
        var total = Stopwatch.StartNew();
        for (int n = 0; n < count; n++)
        {
            FuzzCase fuzzCase = cases.Generate(new PCG(stream + (uint)n, seed), null, out _);
            var watch = Stopwatch.StartNew();
            (int exitCode, string error, string output) = RunOne(fuzzCase);
            watch.Stop();
            exitCodes[exitCode] = exitCodes.GetValueOrDefault(exitCode) + 1;
            if (watch.Elapsed > slowest.Time)
            {
                slowest = (watch.Elapsed, n);
            }

            if (Broken(exitCode, error) is { } what)
            {
                var failure = new FuzzFailure(n, what, fuzzCase.ShellLine(), exitCode, error, null);
                int seen = failures.Count(f => f.Cause == failure.Cause);
                failures.Add(seen < ReproducersPerCause ? failure with { Reproducer = WriteReproducer(n, fuzzCase, exitCode, output, error) } : failure);
            }
        }

        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"workplan {command}: {count} cases (seed 0x{seed:X}) in {total.Elapsed.TotalSeconds:F1} s; exit codes {string.Join(", ", exitCodes.Select(p => $"{p.Key}×{p.Value}"))}; slowest case {slowest.Case} ({slowest.Time.TotalSeconds:F1} s)."));
        Assert.True(failures.Count == 0, Report(count, seed, failures));
    }

    /// <summary>A stream number that is the same in every process (string hash codes are randomised).</summary>
    private static uint Stable(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    private static (int ExitCode, string Error, string Output) RunOne(FuzzCase fuzzCase)
    {
        using var folder = new TempFolder();
        fuzzCase.LayOut(folder.Path);
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        using var timeout = new CancellationTokenSource(CaseTimeout);
        int exitCode = WorkplanApp.RunAsync(fuzzCase.ArgumentsIn(folder.Path), new CliConsole(output, error, ErrorIsTerminal: false), Workplan.Clock, handleTermination: false, timeout.Token)
            .GetAwaiter().GetResult();
        string stderr = error.ToString().Replace(folder.Path, FuzzCase.Folder, StringComparison.Ordinal);
        string stdout = output.ToString().Replace(folder.Path, FuzzCase.Folder, StringComparison.Ordinal);
        return (timeout.IsCancellationRequested ? -1 : exitCode, stderr, stdout);
    }

    private static string? Broken(int exitCode, string error) => exitCode switch
    {
        ExitCodes.InternalError => "exit 70",
        -1 => $"no result within {CaseTimeout.TotalSeconds} s",
        _ when !DocumentedExitCodes.Contains(exitCode) => $"undocumented exit code {exitCode}",
        >= ExitCodes.Usage when string.IsNullOrWhiteSpace(error) => $"exit {exitCode} without a word on standard error",
        _ => null,
    };

    private string WriteReproducer(int n, FuzzCase fuzzCase, int exitCode, string output, string error)
    {
        string folder = Path.Combine(ReproducerRoot, command.Replace(' ', '-'), "case-" + n.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        fuzzCase.LayOut(folder);
        File.WriteAllText(Path.Combine(folder, "command.sh"), "#!/bin/sh\n# Run from this folder.\n" + fuzzCase.ShellLine() + "\n");
        File.WriteAllText(
            Path.Combine(folder, "result.txt"),
            string.Create(CultureInfo.InvariantCulture, $"case {n}, seed 0x{FuzzBudget.Seed:X}\n{fuzzCase.Description}\nexit {exitCode}\n--- stderr\n{error}--- stdout (first 2000 characters)\n{output[..Math.Min(output.Length, 2000)]}"));
        return folder;
    }

    private string Report(int count, ulong seed, List<FuzzFailure> failures)
    {
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"workplan {command}: {failures.Count} of {count} cases (seed 0x{seed:X}) broke the contract. Distinct causes:\n");
        foreach (IGrouping<string, FuzzFailure> cause in failures.GroupBy(f => f.Cause, StringComparer.Ordinal))
        {
            FuzzFailure first = cause.First();
            report.Append(CultureInfo.InvariantCulture, $"\n* {cause.Count()}× {first.What}: {cause.Key}\n");
            report.Append(CultureInfo.InvariantCulture, $"  first: case {first.Case}, reproducer {first.Reproducer} (command.sh, result.txt); cases {string.Join(", ", cause.Take(10).Select(f => f.Case))}{(cause.Count() > 10 ? ", …" : string.Empty)}\n");
            report.Append("  command: ").Append(first.Command).Append('\n');
            report.Append("  stderr: ").Append(first.Error.Trim().Replace("\n", "\n          ", StringComparison.Ordinal)).Append('\n');
        }

        return report.ToString();
    }
}
