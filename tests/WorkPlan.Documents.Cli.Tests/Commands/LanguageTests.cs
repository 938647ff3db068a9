using System.Globalization;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary>
/// The tool speaks Vietnamese under a Vietnamese UI culture (LANG=vi_VN.UTF-8) and English otherwise; <c>--lang vi|en</c>
/// overrides the environment. The compiler-style keywords of a finding line ("warning WP004") stay as they are.
/// </summary>
public class LanguageTests
{
    private static readonly CultureInfo VietnameseUi = CultureInfo.GetCultureInfo("vi-VN");

    [Fact]
    public void Check_prints_vietnamese_findings_under_a_vietnamese_ui_culture()
    {
        CliRun run = Workplan.RunIn(VietnameseUi, "check", Seed.Json);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0 lỗi, 7 cảnh báo, 14 thông tin.", lines[^1]);
        Assert.Contains(
            $"{Seed.Json}(2008,19): warning WP004: 2021-05-31 Morning #1 leaders[2]: Người có tên \"Dục\" (1 lần, lần đầu ngày 31/5) có lẽ chính là \"Dực\" (36 lần) nhưng được viết khác. Cách sửa: Ghi \"Dực\".",
            lines);
        Assert.Contains($"{Seed.Json}(458,7): information WP006: 2021-05-08: Ngày 08/5 (Thứ Bảy) là ngày nghỉ hằng tuần nhưng có 3 công việc.", lines);
        Assert.DoesNotContain(lines, line => line.Contains(" Fix: ", StringComparison.Ordinal) || line.Contains("written differently", StringComparison.Ordinal));
    }

    [Fact]
    public void Lang_en_prints_english_whatever_the_environment()
    {
        CliRun run = Workplan.RunIn(VietnameseUi, "check", Seed.Json, "--lang", "en");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0 error(s), 7 warning(s), 14 information.", lines[^1]);
        Assert.Contains(
            $"{Seed.Json}(2008,19): warning WP004: 2021-05-31 Morning #1 leaders[2]: The person \"Dục\" (1 time, first on 31/5) is probably \"Dực\" (36 times) written differently. Fix: Write \"Dực\".",
            lines);
    }

    [Fact]
    public void Lang_vi_prints_vietnamese_in_an_english_environment_and_in_the_json_report()
    {
        CliRun text = Workplan.Run("--lang", "vi", "check", Seed.Json);
        CliRun json = Workplan.Run("check", Seed.Json, "--format", "json", "--lang=vi");

        Assert.EndsWith("0 lỗi, 7 cảnh báo, 14 thông tin.\n", text.Output, StringComparison.Ordinal);
        Assert.Contains("\"message\": \"Người có tên \\\"Dục\\\" (1 lần, lần đầu ngày 31/5) có lẽ chính là \\\"Dực\\\" (36 lần) nhưng được viết khác.\"", json.Output, StringComparison.Ordinal);
        Assert.Contains("\"suggestedFix\": \"Ghi \\\"Dực\\\".\"", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tools_own_messages_follow_the_language()
    {
        CliRun run = Workplan.RunIn(VietnameseUi, "new");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["error: hãy cho biết kỳ: --month YYYY-MM hoặc --week YYYY-Www.", "Chạy 'workplan new --help' để xem cách dùng."], run.ErrorLines);
        Assert.Equal(["error: give the period: --month YYYY-MM or --week YYYY-Www.", "Run 'workplan new --help' for usage."], Workplan.RunIn(VietnameseUi, "new", "--lang", "en").ErrorLines);
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_naming_the_two()
    {
        CliRun run = Workplan.Run("check", Seed.Json, "--lang", "fr");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--lang: 'fr' is not a language this tool speaks; write vi or en.", run.Error, StringComparison.Ordinal);
    }
}
