using WorkPlan.Documents.Cli.Batch;

namespace WorkPlan.Documents.Cli.Tests.Batch;

public class BatchSummaryTests
{
    [Fact]
    public void Nothing_is_written_when_every_input_was_rendered_or_for_a_single_input()
    {
        var writer = new StringWriter { NewLine = "\n" };

        BatchSummary.Write(writer, new BatchResult(3, [], [], Stopped: false));
        BatchSummary.Write(writer, new BatchResult(1, [new BatchFailure("a.json", ExitCodes.InvalidInput, "a.json: error: x.")], [], Stopped: false));

        Assert.Equal(string.Empty, writer.ToString());
    }

    [Fact]
    public void Failures_are_counted_then_listed_then_the_inputs_a_global_error_kept_from_rendering()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var result = new BatchResult(
            4,
            [new BatchFailure("a.json", ExitCodes.InvalidInput, "a.json(1,3): error: x."), new BatchFailure("b.json", ExitCodes.InvalidTemplates, "s.css(2,1): error: y.")],
            ["c.json"],
            Stopped: true);

        BatchSummary.Write(writer, result);

        Assert.Equal(
            "render: 1 of 4 programmes rendered, 2 failed, 1 not rendered (the run stopped at an error of the template set):\n"
            + "a.json(1,3): error: x.\n"
            + "s.css(2,1): error: y.\n"
            + "c.json: error: not rendered: the run stopped at the template set's error above.\n",
            writer.ToString());
    }
}
