using BenchmarkDotNet.Attributes;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Benchmarks.Pipeline;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Benchmarks.Linting;

/// <summary>
/// The ND30 linter (<see cref="Nd30Linter.Check"/>) on the seed's .docx (1×, about 10 pages) and on the year's
/// (10× the seed's entries, about 100 pages): the whole lint from the bytes — open the package, resolve the styles,
/// scan every paragraph once, check every rule. The target is a 100-page document in under a second
/// (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private byte[] docx = [];

    /// <summary>Gets or sets the multiple of the seed's entries: 1 (the seed) or 10 (the year).</summary>
    [Params(1, 10)]
    public int Entries { get; set; }

    /// <summary>Renders the document to lint, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        docx = Nd30Templates.CreateRenderer(FixedClock.SeedIssue).RenderDocx(BenchmarkInputs.Scaled(Entries));
        if (Check() != 0)
        {
            throw new InvalidOperationException("The rendered document has ND30 findings; the benchmark would measure a report, not a clean lint.");
        }
    }

    /// <summary>Lints the document.</summary>
    /// <returns>The number of findings (0).</returns>
    [Benchmark]
    public int Check()
    {
        using var stream = new MemoryStream(docx, writable: false);
        return Nd30Linter.Check(stream).Count;
    }
}
