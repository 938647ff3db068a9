using WorkPlan.Documents.Cli.Batch;

namespace WorkPlan.Documents.Cli.Tests.Batch;

public class ProgressDisplayTests
{
    [Fact]
    public void Redirected_output_gets_one_plain_line_per_input()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var progress = new ProgressDisplay(writer, live: false, total: 2);

        progress.Succeeded("a.json", ["out/a.docx", "out/a.html"]);
        progress.Failed("b.json(3,1): error: $.period: missing.");
        progress.Complete();

        Assert.Equal("[1/2] a.json → out/a.docx, out/a.html\nb.json(3,1): error: $.period: missing.\n", writer.ToString());
    }

    [Fact]
    public void A_terminal_gets_a_status_line_redrawn_under_the_finished_lines_and_cleared_at_the_end()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var progress = new ProgressDisplay(writer, live: true, total: 3);

        progress.Succeeded("a.json", ["out/a.html"]);
        progress.Failed("b.json: error: file not found.");
        progress.Succeeded("c.json", ["out/c.html"]);
        progress.Complete();

        const string clear = "\r\u001b[2K";
        Assert.Equal(
            $"{clear}[1/3] a.json → out/a.html\nrendering… 1/3 done"
            + $"{clear}b.json: error: file not found.\nrendering… 2/3 done, 1 failed"
            + $"{clear}[3/3] c.json → out/c.html\n"
            + clear,
            writer.ToString());
    }

    [Fact]
    public async Task Concurrent_reports_never_interleave()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var progress = new ProgressDisplay(writer, live: false, total: 200);

        await Parallel.ForAsync(0, 200, (i, _) =>
        {
            progress.Succeeded($"p{i}.json", [$"out/p{i}.docx"]);
            return ValueTask.CompletedTask;
        });

        string[] lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(200, lines.Length);
        Assert.Equal(Enumerable.Range(1, 200).Select(n => $"[{n}/200]"), lines.Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.All(lines, l => Assert.Matches(@"^\[\d+/200\] p(\d+)\.json → out/p\1\.docx$", l));
    }
}
