using BenchmarkDotNet.Running;

namespace WorkPlan.Documents.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/WorkPlan.Documents.Benchmarks -- --filter '*'</c>.
/// Add <c>--job short</c> for a quick pass, <c>--inProcess</c> to run inside this process.
/// See docs/performance.md for the figures and how they were taken.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's command line.</param>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
