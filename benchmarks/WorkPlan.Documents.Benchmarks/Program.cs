using BenchmarkDotNet.Running;

namespace WorkPlan.Documents.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/WorkPlan.Documents.Benchmarks -- --filter '*'</c>.
/// Add <c>--job short</c> for a quick pass, <c>--inProcess</c> to run inside this process.
/// <c>-- samples DIR</c> writes what each benchmarked writer produces for the seed, to look at.
/// See docs/performance.md for the figures and how they were taken.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's command line, or <c>samples DIR</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "samples")
        {
            SampleWriter.WriteAll(args[1], Console.Out);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
