using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using Perfolizer.Horology;

namespace WorkPlan.Documents.Benchmarks;

/// <summary>The configurations the suite is run with besides BenchmarkDotNet's own command-line jobs.</summary>
public static class SuiteConfigs
{
    /// <summary>
    /// <c>--quick</c>: the whole suite in under three minutes on two cores, to see that nothing regressed by much.
    /// In-process, one launch, 3 warm-up and 3 measured iterations of about 100 ms each (BenchmarkDotNet's ShortRun
    /// with a fifth of its iteration time). The figures in docs/performance.md come from the default job instead.
    /// </summary>
    public static IConfig Quick { get; } = DefaultConfig.Instance
        .AddJob(Job.ShortRun
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Quick"));

    /// <summary>
    /// The CI smoke pass: every benchmark once, in-process, to prove the suite runs (no timing is looked at). Builds
    /// that are not optimised (a test run's Debug libraries) are allowed.
    /// </summary>
    /// <param name="artifacts">Where BenchmarkDotNet writes its logs and reports.</param>
    /// <returns>The configuration.</returns>
    public static IConfig Smoke(string artifacts) => ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance).WithId("Smoke"))
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)
        .WithArtifactsPath(artifacts);
}
