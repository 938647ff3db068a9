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
}
