using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary><c>workplan new --week</c> and <c>workplan derive --week</c>: weeks as ISO 8601 weeks or a date of the week.</summary>
public class WeekCommandsTests
{
    [Theory]
    [InlineData("2021-W19")]
    [InlineData("2021-05-12")]
    [InlineData("2021-05-16")]
    public void New_week_scaffolds_monday_to_sunday(string week)
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("new", "--week", week, "-o", temp["week.json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        WorkProgramme programme = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["week.json"]));
        Assert.Equal((PeriodKind.Week, "2021-05-10", "2021-05-16"), (programme.Period.Kind, programme.Period.Start.ToString("yyyy-MM-dd", null), programme.Period.End.ToString("yyyy-MM-dd", null)));
        Assert.Equal(7, programme.Schedule.Days.Count);
    }

    [Theory]
    [InlineData("2021-W54", "--week: '2021-W54' is not a week: 2021 has weeks 1 to 52.")]
    [InlineData("2020-W53x", "--week: '2020-W53x' is not a week; write it as YYYY-Www (ISO week, e.g. 2021-W19) or as a date of the week (e.g. 2021-05-10).")]
    public void A_malformed_week_is_a_usage_error_that_says_how_to_write_it(string week, string message)
    {
        CliRun run = Workplan.Run("new", "--week", week);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void New_needs_exactly_one_period()
    {
        Assert.Contains("give the period: --month YYYY-MM or --week YYYY-Www.", Workplan.Run("new").Error, StringComparison.Ordinal);
        Assert.Contains("give --month or --week, not both.", Workplan.Run("new", "--month", "2021-05", "--week", "2021-W19").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_takes_the_week_with_its_entries_from_the_month()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("derive", Seed.Json, "--week", "2021-W19", "-o", temp["w19.json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        WorkProgramme month = WorkProgrammeJson.Deserialize(File.ReadAllText(Seed.Json));
        WorkProgramme week = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["w19.json"]));
        Assert.Equal(
            month.Schedule.Days.Where(d => d.Date.Day is >= 10 and <= 16).Sum(d => d.Entries.Count()),
            week.Schedule.Days.Sum(d => d.Entries.Count()));
        Assert.Equal("chuong-trinh-cong-tac-tuan-19-2021", week.SuggestedFileName);
    }

    [Fact]
    public void Derive_of_a_week_outside_the_programme_is_an_input_error()
    {
        CliRun run = Workplan.Run("derive", Seed.Json, "--week", "2021-W30");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"{Seed.Json}: error: --week 2021-07-26: the week 2021-07-26 – 2021-08-01 has no day in the programme's period 2021-05-01 – 2021-05-31."], run.ErrorLines);
    }

    [Theory]
    [InlineData("programme", DocumentKind.Programme, "CTr-…")]
    [InlineData("schedule", DocumentKind.Schedule, "LCT-…")]
    [InlineData("notice", DocumentKind.Notice, "TB-…")]
    public void New_takes_the_kind_and_forms_its_symbol(string name, DocumentKind kind, string symbol)
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("new", "--week", "2021-W19", "--kind", name, "-o", temp["week.json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        WorkProgramme programme = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["week.json"]));
        Assert.Equal((kind, symbol), (programme.Kind, programme.Identity.Symbol));
    }

    [Fact]
    public void An_unknown_kind_is_a_usage_error_naming_the_kinds()
    {
        CliRun run = Workplan.Run("new", "--week", "2021-W19", "--kind", "memo");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--kind: 'memo' is not a kind of document; write programme, schedule or notice.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Derive_issues_the_week_as_a_notice_that_renders_with_the_weekly_columns_and_checks_clean()
    {
        using var temp = new TempFolder();

        CliRun derive = Workplan.Run("derive", Seed.Json, "--week", "2021-W19", "--kind", "notice", "-o", temp["w19.json"]);
        CliRun check = Workplan.Run("check", temp["w19.json"]);
        CliRun render = Workplan.Run("render", temp["w19.json"], "-o", temp["out"], "--columns", "weekly");
        CliRun lint = Workplan.Run("lint", Path.Combine(temp["out"], "w19.docx"));

        Assert.True(derive.ExitCode == 0, derive.ToString());
        WorkProgramme week = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["w19.json"]));
        Assert.Equal((DocumentKind.Notice, "TB-VPĐP", "thong-bao-lich-cong-tac-tuan-19-2021"), (week.Kind, week.Identity.Symbol, week.SuggestedFileName));
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("0 error(s)", check.Output, StringComparison.Ordinal);
        Assert.True(render.ExitCode == 0, render.ToString());
        string html = File.ReadAllText(Path.Combine(temp["out"], "w19.html"));
        Assert.Contains("<title>Thông báo lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021</title>", html, StringComparison.Ordinal);
        Assert.Contains(">THỜI GIAN<", html, StringComparison.Ordinal);
        Assert.Contains(">ĐỊA ĐIỂM<", html, StringComparison.Ordinal);
        Assert.True(lint.ExitCode == 0, lint.ToString());
    }

    [Fact]
    public void Render_refuses_an_unknown_column_preset()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--columns", "wekly");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("'wekly'", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }
}
