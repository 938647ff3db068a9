using CsCheck;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Import;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// Thousands of damaged versions of the seed — lines deleted, duplicated, swapped; characters inserted, deleted or
/// replaced (tabs, digits, markers, control characters, lone surrogates); the text cut anywhere — are imported.
/// The importer either returns a programme in which every line is placed or reported, or raises its documented
/// <see cref="ProgrammeImportException"/>; never anything else. The checker runs on every programme that comes out.
/// </summary>
public class ImporterPropertyTests
{
    private static readonly string[] SeedLines = [.. ProgrammeTextImporter.SplitLines(SeedFiles.Text)];

    private static readonly ImportHeader Header = SeedFiles.Header;

    private static readonly Gen<char> Noise = Gen.Frequency(
        (4, Gen.Char["\t\t\n\r :()/,;.-–0123456789ĐđBuổisángchiềuNghỉlễThứCN"]),
        (1, Gen.Char),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char['\u0000', '\u001F']));

    private static readonly Gen<Mutation> Mutations = Gen.Select(Gen.Int[0, 8], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Noise)
        .Select(t => new Mutation(t.Item1, t.Item2, t.Item3, t.Item4));

    [Fact]
    public void Damaged_seeds_give_a_fully_accounted_import_or_the_documented_error()
    {
        Mutations.Array[1, 8].Sample(mutations =>
        {
            string text = Apply(mutations);
            ImportResult result;
            try
            {
                result = ProgrammeTextImporter.Import(text, Header);
            }
            catch (ProgrammeImportException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
                return;
            }

            ImportListing.AssertEveryLineAccounted(text, result);
            _ = ProgrammeChecker.Check(result.Programme);
        }, iter: 2000);
    }

    private static string Apply(Mutation[] mutations)
    {
        var lines = new List<string>(SeedLines);
        string? cut = null;
        foreach (Mutation m in mutations)
        {
            if (lines.Count == 0)
            {
                break;
            }

            int i = m.A % lines.Count;
            int j = m.B % lines.Count;
            string line = lines[i];
            int at = line.Length == 0 ? 0 : m.B % (line.Length + 1);
            switch (m.Kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(j, line);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = line.Insert(at, m.C.ToString());
                    break;
                case 4 when line.Length > 0:
                    lines[i] = line.Remove(Math.Min(at, line.Length - 1), 1);
                    break;
                case 5 when line.Length > 0:
                    lines[i] = line.Substring(0, Math.Min(at, line.Length - 1)) + m.C + line.Substring(Math.Min(at, line.Length - 1) + 1);
                    break;
                case 6:
                    lines[i] = line.Insert(at, "\t");
                    break;
                case 7:
                    lines[i] = line.Substring(0, at);
                    break;
                case 8:
                    string whole = string.Join("\n", lines);
                    cut = whole.Substring(0, m.A % (whole.Length + 1));
                    break;
            }
        }

        return cut ?? string.Join("\n", lines);
    }

    public sealed record Mutation(int Kind, int A, int B, char C);
}
