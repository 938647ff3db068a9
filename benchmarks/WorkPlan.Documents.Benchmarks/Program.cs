using BenchmarkDotNet.Running;

namespace WorkPlan.Documents.Benchmarks;

/// <summary>
/// Runs the benchmarks (docs/performance.md): <c>dotnet run -c Release --project benchmarks/WorkPlan.Documents.Benchmarks -- --filter '*'</c>
/// for the figures; add <c>--quick</c> for the whole suite in under three minutes (<see cref="SuiteConfigs.Quick"/>).
/// <c>-- samples DIR</c> writes what each benchmarked writer produces for the seed, to look at; <c>-- scaled N FILE</c>
/// writes the programme with N times the seed's entries (<see cref="Inputs.ProgrammeScaler"/>) as JSON, for the
/// harness's peak-memory run.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet's command line, optionally with <c>--quick</c>; or <c>samples DIR</c>; or <c>scaled N FILE</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "samples")
        {
            SampleWriter.WriteAll(args[1], Console.Out);
            return 0;
        }

        if (args.Length == 3 && args[0] == "scaled")
        {
            int multiple = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(args[2], Serialization.WorkProgrammeJson.Serialize(Inputs.BenchmarkInputs.Scaled(multiple)));
            return 0;
        }

        bool quick = args.Contains("--quick");
        BenchmarkSwitcher switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        if (quick)
        {
            switcher.Run(args.Where(a => a != "--quick").ToArray(), SuiteConfigs.Quick);
        }
        else
        {
            switcher.Run(args);
        }

        return 0;
    }
}
