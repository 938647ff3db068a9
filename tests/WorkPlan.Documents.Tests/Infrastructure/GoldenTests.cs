using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>The golden-file helper (tests/Common/Golden.cs), on goldens in a temporary folder.</summary>
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
        string verified = Path.Combine(folder, "Case.verified.txt");
        File.WriteAllText(verified, "a\nb\nc\nd\ne\nf\ng\n");

        var error = Assert.ThrowsAny<Exception>(() => Golden.Check("a\nb\nc\nD\ne\nf\ng", verified, accept: false));

        Assert.Contains("- d\n+ D\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("  c\n", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("  a\n", error.Message, StringComparison.Ordinal);
        Assert.Equal("a\nb\nc\nD\ne\nf\ng\n", File.ReadAllText(Path.Combine(folder, "Case.received.txt")));
        Assert.Equal("a\nb\nc\nd\ne\nf\ng\n", File.ReadAllText(verified));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_missing_golden_fails_even_when_accepting_and_leaves_the_received_text_to_read(bool accept)
    {
        string verified = Path.Combine(folder, "New.verified.html");

        var error = Assert.ThrowsAny<Exception>(() => Golden.Check("text", verified, accept));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("rename it to New.verified.html", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(verified));
        Assert.Equal("text\n", File.ReadAllText(Path.Combine(folder, "New.received.html")));
    }

    [Fact]
    public void Accepting_replaces_a_differing_golden_and_removes_the_received_file()
    {
        string verified = Path.Combine(folder, "Accept.verified.txt");
        File.WriteAllText(verified, "old text\n");
        File.WriteAllText(Path.Combine(folder, "Accept.received.txt"), "stale");

        Golden.Check("new text", verified, accept: true);

        Assert.Equal("new text\n", File.ReadAllText(verified));
        Assert.False(File.Exists(Path.Combine(folder, "Accept.received.txt")));
        Golden.Check("new text\r\n", verified, accept: false);
    }

    [Fact]
    public void A_match_removes_the_received_file_of_an_earlier_failure()
    {
        string verified = Path.Combine(folder, "Fixed.verified.txt");
        File.WriteAllText(verified, "same\n");
        File.WriteAllText(Path.Combine(folder, "Fixed.received.txt"), "different\n");

        Golden.Check("same", verified, accept: false);

        Assert.False(File.Exists(Path.Combine(folder, "Fixed.received.txt")));
    }

    [Fact]
    public void A_data_driven_golden_is_the_expected_file_beside_its_input()
    {
        string cases = Directory.CreateDirectory(Path.Combine(folder, "cases")).FullName;
        File.WriteAllText(Path.Combine(cases, "minimal.xml"), "<input/>");
        File.WriteAllText(Path.Combine(cases, "minimal.tree.verified.txt"), "tree\r\n\r\n");

        Golden.VerifyFile("tree", Path.Combine(cases, "minimal.tree.verified.txt"));

        Assert.Equal(["minimal.tree.verified.txt", "minimal.xml"], Directory.GetFiles(cases).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_data_driven_case_without_its_golden_fails_and_writes_the_received_file_beside_the_input()
    {
        string cases = Directory.CreateDirectory(Path.Combine(folder, "cases")).FullName;

        var error = Assert.ThrowsAny<Exception>(() => Golden.VerifyFile("listing", Path.Combine(cases, "empty.verified.txt")));

        Assert.Contains("Golden file empty.verified.txt does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal("listing\n", File.ReadAllText(Path.Combine(cases, "empty.received.txt")));
        Assert.False(File.Exists(Path.Combine(cases, "empty.verified.txt")));
    }

    [Theory]
    [InlineData("RenderingGoldenTests.Docx_seed.verified.xml", "RenderingGoldenTests.Docx_seed.received.xml")]
    [InlineData("bad-choice.error.verified.txt", "bad-choice.error.received.txt")]
    [InlineData("cell-padding.verified.html", "cell-padding.received.html")]
    public void The_received_file_replaces_verified_in_the_name(string verified, string received)
    {
        Assert.Equal(Path.Combine(folder, received), Golden.ReceivedPath(Path.Combine(folder, verified)));
    }

    [Theory]
    [InlineData("cases/empty.expected.txt")]
    [InlineData("cases/empty.txt")]
    [InlineData("cases/.verified.txt")]
    public void A_golden_not_named_verified_is_refused(string relative)
    {
        var error = Assert.Throws<ArgumentException>(() => Golden.VerifyFile("text", Path.Combine(folder, relative)));

        Assert.Contains(".verified.", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_relative_golden_path_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Golden.VerifyFile("text", Path.Combine("cases", "empty.verified.txt")));

        Assert.Contains("full path", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData(null, "", false)]
    [InlineData(null, "0", false)]
    [InlineData(null, "1", true)]
    [InlineData("false", "1", true)]
    [InlineData("true", null, false)]
    [InlineData("TRUE", "0", false)]
    public void Accepting_is_on_only_when_the_switch_is_1_outside_ci(string? ci, string? accept, bool expected)
    {
        Assert.Equal(expected, Golden.AcceptFrom(ci, accept));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    public void Accepting_under_ci_is_refused_not_ignored(string ci)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Golden.AcceptFrom(ci, "1"));

        Assert.Contains("WORKPLAN_ACCEPT=1 is refused under CI=true", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("true")]
    [InlineData(" 1")]
    public void Any_other_accept_value_is_refused(string accept)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Golden.AcceptFrom(ci: null, accept));

        Assert.Contains($"WORKPLAN_ACCEPT is \"{accept}\"", error.Message, StringComparison.Ordinal);
    }
}
