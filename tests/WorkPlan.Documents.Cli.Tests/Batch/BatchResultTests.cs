using WorkPlan.Documents.Cli.Batch;

namespace WorkPlan.Documents.Cli.Tests.Batch;

public class BatchResultTests
{
    [Fact]
    public void Every_input_rendered_is_exit_0()
    {
        var result = new BatchResult(5, [], [], Stopped: false);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(5, result.Rendered);
    }

    [Theory]
    [InlineData(new[] { ExitCodes.InvalidInput }, ExitCodes.InvalidInput)]
    [InlineData(new[] { ExitCodes.InvalidInput, ExitCodes.InvalidTemplates }, ExitCodes.InvalidTemplates)]
    [InlineData(new[] { ExitCodes.OutputFailed, ExitCodes.InvalidInput, ExitCodes.InvalidTemplates }, ExitCodes.OutputFailed)]
    [InlineData(new[] { ExitCodes.InvalidInput, ExitCodes.InternalError, ExitCodes.OutputFailed }, ExitCodes.InternalError)]
    public void Failures_give_the_highest_of_their_exit_codes_whatever_their_order(int[] codes, int expected)
    {
        var result = new BatchResult(10, codes.Select((c, i) => new BatchFailure($"p{i}.json", c, "x")).ToList(), [], Stopped: false);

        Assert.Equal(expected, result.ExitCode);
        Assert.Equal(10 - codes.Length, result.Rendered);
    }
}
