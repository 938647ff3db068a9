using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// The seed cut after each of its lines, as a paste that stopped early: most cuts lose the "Nơi nhận" block, and
/// with a header that gives no recipients each used to give a programme whose archive was null (so writing its JSON
/// failed). Every cut imports to a programme that writes and reads back, or raises the documented error.
/// </summary>
public class SeedTruncationTests
{
    [Fact]
    public void Every_cut_of_the_seed_imports_to_a_programme_that_writes_as_json()
    {
        string[] lines = [.. ProgrammeTextImporter.SplitLines(SeedFiles.Text)];
        ImportHeader header = SeedFiles.Header;
        Assert.Null(header.Recipients);
        int withoutRecipients = 0;

        for (int count = 1; count <= lines.Length; count++)
        {
            ImportResult result;
            try
            {
                result = ProgrammeTextImporter.Import(string.Join("\n", lines[..count]), header);
            }
            catch (ProgrammeImportException)
            {
                continue;
            }

            WorkProgramme programme = result.Programme;
            if (programme.Recipients.Recipients.Count == 0)
            {
                withoutRecipients++;
                Assert.Equal("Lưu: VT.", programme.Recipients.ArchiveLine);
            }

            WorkProgramme read = WorkProgrammeJson.Deserialize(WorkProgrammeJson.Serialize(programme));
            Assert.Equal(programme.Recipients.ArchiveLine, read.Recipients.ArchiveLine);
        }

        Assert.True(withoutRecipients > 100, $"Only {withoutRecipients} cuts lost the recipients.");
    }
}
