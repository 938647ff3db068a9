namespace WorkPlan.Documents.Tests.Infrastructure;

public sealed class GoldenTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "golden-tests-" + Guid.NewGuid().ToString("N"));

    public GoldenTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Matching_text_passes_whatever_the_line_endings()
    {
        Golden.Verify("first line\r\nsecond line", "txt");
    }

    [Fact]
    public void A_difference_writes_the_received_file_and_shows_a_line_diff()
    {
        string stem = Path.Combine(folder, "Case");
        File.WriteAllText(stem + ".verified.txt", "a\nb\nc\nd\ne\nf\ng\n");

        var error = Assert.ThrowsAny<Exception>(() => Golden.Check("a\nb\nc\nD\ne\nf\ng", stem, "txt", accept: false));

        Assert.Contains("- d\n+ D\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("  c\n", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("  a\n", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\nb\nc\nD\ne\nf\ng\n", File.ReadAllText(stem + ".received.txt"));
        Assert.Equal("a\nb\nc\nd\ne\nf\ng\n", File.ReadAllText(stem + ".verified.txt"));
    }

    [Fact]
    public void A_missing_golden_fails_and_leaves_the_received_text_to_read()
    {
        string stem = Path.Combine(folder, "New");

        var error = Assert.ThrowsAny<Exception>(() => Golden.Check("text", stem, "html", accept: false));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(stem + ".verified.html"));
        Assert.Equal("text\n", File.ReadAllText(stem + ".received.html"));
    }

    [Fact]
    public void Accepting_replaces_the_golden_and_removes_the_received_file()
    {
        string stem = Path.Combine(folder, "Accept");
        File.WriteAllText(stem + ".received.txt", "stale");

        Golden.Check("new text", stem, "txt", accept: true);

        Assert.Equal("new text\n", File.ReadAllText(stem + ".verified.txt"));
        Assert.False(File.Exists(stem + ".received.txt"));
        Golden.Check("new text\n", stem, "txt", accept: false);
    }
}
