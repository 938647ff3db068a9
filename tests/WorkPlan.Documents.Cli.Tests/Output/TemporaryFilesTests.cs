using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Output;

public class TemporaryFilesTests
{
    [Fact]
    public void A_new_temporary_path_is_hidden_beside_its_target_and_matches_the_pattern()
    {
        string target = Path.Combine(Path.GetTempPath(), "out", "plan.docx");

        string temporary = TemporaryFiles.NewPath(target);

        Assert.Equal(Path.GetDirectoryName(target), Path.GetDirectoryName(temporary));
        Assert.StartsWith(".plan.docx.", Path.GetFileName(temporary), StringComparison.Ordinal);
        Assert.True(TemporaryFiles.IsTemporary(Path.GetFileName(temporary)));
        Assert.NotEqual(temporary, TemporaryFiles.NewPath(target));
    }

    [Theory]
    [InlineData(".plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp", true)]
    [InlineData(".a.0123456789abcdef0123456789abcdef.workplan-tmp", true)]
    [InlineData(".plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp\n", false)]
    [InlineData(".plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp.docx", false)]
    [InlineData(".plan.docx.0123456789ABCDEF0123456789ABCDEF.workplan-tmp", false)]
    [InlineData(".plan.docx.0123456789abcdef0123456789abcde.workplan-tmp", false)]
    [InlineData(".plan.docx.0123456789abcdef0123456789abcdef.tmp", false)]
    [InlineData("plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp", false)]
    [InlineData(".0123456789abcdef0123456789abcdef.workplan-tmp", false)]
    [InlineData("notes.workplan-tmp", false)]
    [InlineData("plan.docx", false)]
    public void Only_names_of_the_pattern_are_temporary(string name, bool temporary) =>
        Assert.Equal(temporary, TemporaryFiles.IsTemporary(name));

    [Fact]
    public void Removing_leftovers_removes_matching_files_only_never_a_folder_nor_a_subfolder_s_files()
    {
        using var temp = new TempFolder();
        const string Leftover = ".plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp";
        temp.Write(Leftover, "x");
        temp.Write("plan.docx", "x");
        temp.Write("sub/" + Leftover, "x");
        Directory.CreateDirectory(temp[".dir.0123456789abcdef0123456789abcdef.workplan-tmp"]);

        LeftoverRemoval removal = TemporaryFiles.RemoveLeftovers(temp.Path, PhysicalOutputFileSystem.Instance);

        Assert.Equal([temp[Leftover]], removal.Removed);
        Assert.Empty(removal.Failed);
        Assert.Equal(["plan.docx", "sub/" + Leftover], temp.Files());
        Assert.True(Directory.Exists(temp[".dir.0123456789abcdef0123456789abcdef.workplan-tmp"]));
    }

    [Fact]
    public void Removing_leftovers_of_a_missing_folder_does_nothing()
    {
        using var temp = new TempFolder();

        LeftoverRemoval removal = TemporaryFiles.RemoveLeftovers(temp["missing"], PhysicalOutputFileSystem.Instance);

        Assert.Empty(removal.Removed);
        Assert.False(Directory.Exists(temp["missing"]));
    }
}
