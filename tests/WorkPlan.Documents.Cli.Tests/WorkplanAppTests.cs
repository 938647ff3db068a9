using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests;

public class WorkplanAppTests
{
    public static TheoryData<string> Commands => new() { "", "new", "import", "check", "render", "templates", "templates export" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_answers_help_with_its_usage(string command)
    {
        string[] words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        CliRun run = Workplan.Run([.. words, "--help"]);

        // The usage line starts with the executable's name: "workplan" for the tool, the test host's here.
        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"Usage:\n  \S+{(command.Length == 0 ? string.Empty : " " + command)} ", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void The_root_help_lists_every_command()
    {
        CliRun run = Workplan.Run("--help");

        foreach (string command in new[] { "new", "import", "check", "render", "templates" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", run.Output);
        }
    }

    [Theory]
    [InlineData(new[] { "publish" }, "error: Required command was not provided.|error: Unrecognized command or argument 'publish'.|Run 'workplan --help' for usage.")]
    [InlineData(new string[0], "error: Required command was not provided.|Run 'workplan --help' for usage.")]
    [InlineData(new[] { "check", "a.json", "--colour" }, "error: Unrecognized command or argument '--colour'.|Run 'workplan check --help' for usage.")]
    [InlineData(new[] { "templates", "export" }, "error: Required argument missing for command: 'export'.|Run 'workplan templates export --help' for usage.")]
    public void Usage_errors_exit_2_with_the_error_and_where_to_find_help(string[] args, string lines)
    {
        CliRun run = Workplan.Run(args);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(lines.Split('|'), run.ErrorLines);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1620351000", true)]
    [InlineData("yesterday", false)]
    [InlineData("-5", false)]
    public void Source_date_epoch_must_be_whole_seconds(string value, bool valid)
    {
        if (valid)
        {
            Assert.Equal(long.Parse(value, System.Globalization.CultureInfo.InvariantCulture), SourceDateEpoch.Clock(value).GetCurrentInstant().ToUnixTimeSeconds());
        }
        else
        {
            CliException error = Assert.Throws<CliException>(() => SourceDateEpoch.Clock(value));
            Assert.Equal($"error: SOURCE_DATE_EPOCH is '{value}'; it must be a whole number of seconds since 1970-01-01 UTC.", error.ToOneLine());
        }
    }
}
