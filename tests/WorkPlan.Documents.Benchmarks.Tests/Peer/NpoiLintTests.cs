using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Benchmarks.Peer;
using WorkPlan.Documents.Linting;
using Xunit.Abstractions;

namespace WorkPlan.Documents.Benchmarks.Tests.Peer;

/// <summary>The ND30 linter on the peer's document: NPOI's direct formatting, its own defaults, no styles of ours.</summary>
public class NpoiLintTests(ITestOutputHelper output)
{
    [Fact]
    public void The_linter_reads_the_peer_s_document_and_reports_what_it_breaks()
    {
        using var stream = new MemoryStream();
        NpoiProgrammeWriter.Write(BenchmarkInputs.Seed, stream);
        stream.Position = 0;

        IReadOnlyList<Nd30Finding> findings = Nd30Linter.Check(stream);
        foreach (Nd30Finding finding in findings)
        {
            output.WriteLine(finding.ToString());
        }

        Assert.Empty(findings);
    }
}
