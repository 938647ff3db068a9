using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Model;

public class RecipientListTests
{
    [Fact]
    public void The_empty_block_keeps_its_copy_with_the_office_archive()
    {
        Assert.Empty(RecipientList.Empty.Recipients);
        Assert.Equal(["VT"], RecipientList.Empty.Archive);
        Assert.Equal("Lưu: VT.", RecipientList.Empty.ArchiveLine);
    }

    [Fact]
    public void A_block_without_archive_holders_keeps_its_copy_with_the_office_archive()
    {
        var block = new RecipientList([new Recipient("UBND tỉnh")]);

        Assert.Equal("Lưu: VT.", block.ArchiveLine);
    }

    [Fact]
    public void The_archive_cannot_be_changed_through_its_list()
    {
        var archive = (IList<string>)RecipientList.Empty.Archive;

        Assert.True(archive.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => archive[0] = "VPĐP");
    }
}
