using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Feeds;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary><c>workplan render --format ics</c>: the programme as a calendar feed, a leader's own feed, the holidays' feed.</summary>
public class RenderCalendarFeedTests
{
    [Fact]
    public void Format_ics_writes_the_programmes_feed_as_the_library_makes_it()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--format", "ics");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([$"out/{Seed.Name}.ics"], temp.Files());
        string expected = CalendarFeed.Write(WorkProgrammeJson.Deserialize(File.ReadAllText(Seed.Json)), Workplan.DocumentDate);
        Assert.Equal(expected, File.ReadAllText(temp[$"out/{Seed.Name}.ics"]));
        Assert.Equal(89, Events(expected));
    }

    [Fact]
    public void A_leaders_own_feed_and_the_holidays_feed()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--format", "ics,holidays", "--person", "Đ/c Oánh");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal([$"out/{Seed.Name}.holidays.ics", $"out/{Seed.Name}.ics"], temp.Files());
        string own = File.ReadAllText(temp[$"out/{Seed.Name}.ics"]);
        Assert.InRange(Events(own), 1, 88);
        Assert.Contains("X-WR-CALNAME:Công tác tháng 5 năm 2021 – VPĐP – Đ/c Oánh", own, StringComparison.Ordinal);
        string holidays = File.ReadAllText(temp[$"out/{Seed.Name}.holidays.ics"]);
        Assert.Contains("DTSTART;VALUE=DATE:20210501", holidays, StringComparison.Ordinal);
    }

    [Fact]
    public void Person_without_the_ics_format_is_a_usage_error()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--person", "Oánh");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--person makes a leader's own calendar feed: use it with --format ics.", run.Error, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    private static int Events(string feed) => feed.Split("BEGIN:VEVENT").Length - 1;
}
