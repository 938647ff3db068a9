using System.Text;
using WorkPlan.Documents.Import;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>The per-line account of the seed: every line of the text is read as something or reported.</summary>
public class SeedAccountTests
{
    [Fact]
    public void The_account_of_every_seed_line_matches_the_reviewed_listing()
    {
        ImportResult result = SeedFiles.Import();
        var text = new StringBuilder();
        foreach (SourceLine line in result.Lines)
        {
            text.Append(line).Append('\n');
            foreach (ImportDiagnostic diagnostic in result.Diagnostics.Where(d => d.LineNumber == line.Number))
            {
                text.Append("    ").Append(diagnostic).Append('\n');
            }
        }

        foreach (ImportDiagnostic diagnostic in result.Diagnostics.Where(d => d.LineNumber == 0))
        {
            text.Append(diagnostic).Append('\n');
        }

        string path = Path.Combine(SeedFiles.TestDataPath, "seed.account.txt");
        if (SeedFiles.UpdateGolden)
        {
            File.WriteAllText(path, text.ToString());
        }

        Assert.Equal(File.ReadAllText(path), text.ToString());
    }
}
