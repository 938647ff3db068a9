using System.Text;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Output;

public class AtomicFileTests
{
    [Fact]
    public async Task Writes_the_content_creating_the_folder_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();

        await AtomicFile.WriteTextAsync(temp["out/a.txt"], "xin chào", CancellationToken.None);

        Assert.Equal("xin chào", File.ReadAllText(temp["out/a.txt"]));
        Assert.Equal(["out/a.txt"], temp.Files());
    }

    [Fact]
    public async Task Replaces_an_existing_file_whole()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", new string('x', 10_000));

        await AtomicFile.WriteTextAsync(temp["a.txt"], "short", CancellationToken.None);

        Assert.Equal("short", File.ReadAllText(temp["a.txt"]));
        Assert.Equal(["a.txt"], temp.Files());
    }

    [Fact]
    public async Task Cancelled_write_leaves_the_old_file_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "old");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => AtomicFile.WriteAsync(temp["a.txt"], Encoding.UTF8.GetBytes("new"), cancelled.Token));

        Assert.Equal("old", File.ReadAllText(temp["a.txt"]));
        Assert.Equal(["a.txt"], temp.Files());
    }

    [Fact]
    public async Task A_target_that_is_a_folder_is_an_output_error_naming_it()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["a.docx"]);

        CliException error = await Assert.ThrowsAsync<CliException>(
            () => AtomicFile.WriteTextAsync(temp["a.docx"], "x", CancellationToken.None));

        Assert.Equal(ExitCodes.OutputFailed, error.ExitCode);
        Assert.Equal(temp["a.docx"] + ": error: is a folder; expected a file path to write.", error.ToOneLine());
    }

    [Fact]
    public async Task A_folder_that_cannot_be_created_is_an_output_error_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        temp.Write("blocker", "a file where a folder should be");

        CliException error = await Assert.ThrowsAsync<CliException>(
            () => AtomicFile.WriteTextAsync(temp["blocker/a.txt"], "x", CancellationToken.None));

        Assert.Equal(ExitCodes.OutputFailed, error.ExitCode);
        Assert.StartsWith(temp["blocker/a.txt"] + ": error: cannot be written: ", error.ToOneLine(), StringComparison.Ordinal);
        Assert.Equal(["blocker"], temp.Files());
    }

    [Fact]
    public async Task Files_written_together_all_replace_their_targets_and_leave_no_temporary_file()
    {
        using var temp = new TempFolder();
        temp.Write("out/a.txt", "old a");

        await AtomicFile.WriteTogetherAsync(Contents((temp["out/a.txt"], "new a"), (temp["out/b.txt"], "new b")), PhysicalOutputFileSystem.Instance, CancellationToken.None);

        Assert.Equal("new a", File.ReadAllText(temp["out/a.txt"]));
        Assert.Equal("new b", File.ReadAllText(temp["out/b.txt"]));
        Assert.Equal(["out/a.txt", "out/b.txt"], temp.Files());
    }

    [Fact]
    public async Task When_a_later_file_cannot_be_written_no_target_is_touched()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "old a");
        temp.Write("b.txt", "old b");
        var disk = new FailingFileSystem { OnWrite = p => Path.GetFileName(p).StartsWith(".b.txt.", StringComparison.Ordinal) ? FailingFileSystem.DiskFull() : null };

        CliException error = await Assert.ThrowsAsync<CliException>(
            () => AtomicFile.WriteTogetherAsync(Contents((temp["a.txt"], "new a"), (temp["b.txt"], "new b")), disk, CancellationToken.None));

        Assert.Equal(ExitCodes.OutputFailed, error.ExitCode);
        Assert.Equal($"{temp["b.txt"]}: error: cannot be written: No space left on device", error.ToOneLine());
        Assert.Equal("old a", File.ReadAllText(temp["a.txt"]));
        Assert.Equal("old b", File.ReadAllText(temp["b.txt"]));
        Assert.Equal(["a.txt", "b.txt"], temp.Files());
    }

    [Fact]
    public async Task When_a_later_rename_fails_the_earlier_targets_are_put_back_and_new_ones_removed()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "old a");
        temp.Write("c.txt", "old c");
        var disk = new FailingFileSystem { OnRename = p => p == temp["c.txt"] ? new IOException("Device or resource busy") : null };

        CliException error = await Assert.ThrowsAsync<CliException>(
            () => AtomicFile.WriteTogetherAsync(Contents((temp["a.txt"], "new a"), (temp["b.txt"], "new b"), (temp["c.txt"], "new c")), disk, CancellationToken.None));

        Assert.Equal($"{temp["c.txt"]}: error: cannot be written: Device or resource busy ({temp["a.txt"]}, {temp["b.txt"]} left as before)", error.ToOneLine());
        Assert.Equal("old a", File.ReadAllText(temp["a.txt"]));
        Assert.Equal("old c", File.ReadAllText(temp["c.txt"]));
        Assert.Equal(["a.txt", "c.txt"], temp.Files());
    }

    [Fact]
    public async Task A_target_that_is_a_folder_fails_the_write_before_any_file_is_written()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", "old a");
        Directory.CreateDirectory(temp["b.txt"]);

        CliException error = await Assert.ThrowsAsync<CliException>(
            () => AtomicFile.WriteTogetherAsync(Contents((temp["a.txt"], "new a"), (temp["b.txt"], "new b")), PhysicalOutputFileSystem.Instance, CancellationToken.None));

        Assert.Equal(temp["b.txt"] + ": error: is a folder; expected a file path to write.", error.ToOneLine());
        Assert.Equal("old a", File.ReadAllText(temp["a.txt"]));
        Assert.Equal(["a.txt"], temp.Files());
    }

    private static FileContent[] Contents(params (string Path, string Text)[] files) =>
        files.Select(f => new FileContent(f.Path, Encoding.UTF8.GetBytes(f.Text))).ToArray();
}
