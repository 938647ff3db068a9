using WorkPlan.Documents.Import;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// Data-driven: each TestData/Import/cases/NAME.txt is imported (as bytes, with the seed's header file) and the
/// listing — the per-line account and diagnostics, the entries, or the documented error — is compared with the golden
/// NAME.verified.txt beside it, which was reviewed by hand.
/// </summary>
public class ImportCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(SeedFiles.TestDataPath, "cases"), "*.txt").Where(IsInput).OrderBy(p => p, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_reviewed_listing(string name)
    {
        string folder = Path.Combine(SeedFiles.TestDataPath, "cases");
        byte[] bytes = File.ReadAllBytes(Path.Combine(folder, name + ".txt"));
        string listing;
        try
        {
            using var stream = new MemoryStream(bytes);
            ImportResult result = ProgrammeTextImporter.ImportStream(stream, SeedFiles.Header);
            ImportListing.AssertEveryLineAccounted(ProgrammeTextImporter.Decode(bytes), result);
            listing = ImportListing.Format(result) + "--- entries\n" + ImportListing.Entries(result);
        }
        catch (ProgrammeImportException ex)
        {
            listing = $"ProgrammeImportException (line {ex.LineNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): {ex.Reason}\n";
        }

        Golden.VerifyFile(listing, Path.Combine(folder, name + ".verified.txt"));
    }

    /// <summary>An input is NAME.txt; NAME.verified.txt is its golden and NAME.received.txt a failed run's output.</summary>
    private static bool IsInput(string path) =>
        !path.EndsWith(".verified.txt", StringComparison.Ordinal) && !path.EndsWith(".received.txt", StringComparison.Ordinal);
}
