using BenchmarkDotNet.Attributes;
using WorkPlan.Documents.Linting;

namespace WorkPlan.Documents.Benchmarks.Linting;

/// <summary>
/// The ND30 linter (<see cref="Nd30Linter.Check"/>) on the seed's .docx (9 pages) and on a 100-page document
/// (<see cref="LintInputs"/>): the whole lint from the bytes — open the package, resolve the styles, scan every
/// paragraph once, check every rule. The target is a 100-page document in under a second (docs/performance.md).
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private byte[] docx = [];

    /// <summary>Gets or sets the document's pages: 9 (the seed) or 100.</summary>
    [Params(9, 100)]
    public int Pages { get; set; }

    /// <summary>Renders the document to lint, once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        docx = Pages == 100 ? LintInputs.HundredPages() : LintInputs.Seed();
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
