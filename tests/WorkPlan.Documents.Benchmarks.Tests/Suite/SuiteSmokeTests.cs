using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WorkPlan.Documents.Benchmarks.Tests.Suite;

/// <summary>The CI smoke pass: every benchmark of the suite runs once through BenchmarkDotNet. No timing is asserted.</summary>
public sealed class SuiteSmokeTests
{
    /// <summary>BenchmarkDotNet's log and reports, kept beside the test binaries to read after a failure.</summary>
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts");

    [Fact]
    public void Every_benchmark_runs_once_without_error()
    {
        Summary[] summaries = BenchmarkRunner.Run(typeof(Program).Assembly, SuiteConfigs.Smoke(Artifacts));

        Assert.NotEmpty(summaries);
        Assert.All(summaries, summary =>
        {
            Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
            Assert.NotEmpty(summary.Reports);
            Assert.All(summary.Reports, report => Assert.True(
                report.Success && report.ExecuteResults.All(r => r.IsSuccess),
                $"{report.BenchmarkCase.DisplayInfo} failed; the log is in {Artifacts}."));
        });
    }
}
