namespace WorkPlan.Documents.Cli.Tests;

public class ResourceExhaustionTests
{
    [Theory]
    [InlineData(typeof(OutOfMemoryException), "ran out of memory processing this input")]
    [InlineData(typeof(InsufficientExecutionStackException), "ran out of stack processing this input")]
    public void Memory_or_stack_running_out_is_an_input_error_never_an_internal_one(Type exhausted, string expected)
    {
        var error = (Exception)Activator.CreateInstance(exhausted)!;

        CliException cli = ResourceExhaustion.ToCliException("plan.json", error);

        Assert.True(ResourceExhaustion.Is(error));
        Assert.Equal(ExitCodes.InvalidInput, cli.ExitCode);
        Assert.StartsWith("plan.json: error: " + expected, cli.ToOneLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_errors_are_not_exhaustion()
    {
        Assert.False(ResourceExhaustion.Is(new InvalidOperationException()));
    }
}
