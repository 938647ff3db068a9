using NodaTime;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Tests.Commands;

public class NewCommandTests
{
    [Fact]
    public void May_2021_is_scaffolded_with_its_holiday_break_and_weekends_and_the_header_values()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("new", "--month", "2021-05", "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Error);
        WorkProgramme programme = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["plan.json"]));
        Assert.Equal(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)), programme.Period);
        Assert.Equal(31, programme.Schedule.Days.Count);
        Assert.Equal([1, 2, 3], Days(programme, DayStatus.Holiday));
        Assert.Equal([8, 9, 15, 16, 22, 23, 29, 30], Days(programme, DayStatus.Weekend));
        Assert.Equal("Nghỉ bù Ngày Quốc tế lao động", programme.Schedule.Days[2].HolidayName);
        Assert.All(programme.Schedule.Days, d => Assert.Empty(d.Sessions));
        Assert.Equal(["VĂN PHÒNG ĐIỀU PHỐI", "NÔNG THÔN MỚI"], programme.Agency.NameLines);
        Assert.Equal("Số: 05/CTr-VPĐP", programme.Identity.NumberLine);
        Assert.Equal("Nguyễn Văn A", programme.Signature.SignerName);
        Assert.Equal(AssumedFields.PlaceName | AssumedFields.IssueDate, programme.Assumed);
        Assert.Equal(new LocalDate(2021, 5, 1), programme.Identity.IssueDate);
    }

    [Fact]
    public void Without_a_header_every_header_value_is_the_nd30_blank_and_marked_assumed()
    {
        CliRun run = Workplan.Run("new", "--month", "2026-04");

        Assert.Equal(0, run.ExitCode);
        WorkProgramme programme = WorkProgrammeJson.Deserialize(run.Output);
        Assert.Equal(["TÊN CQ, TC CHỦ QUẢN"], programme.Agency.ParentLines);
        Assert.Equal(["TÊN CƠ QUAN, TỔ CHỨC"], programme.Agency.NameLines);
        Assert.Equal("QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", programme.Signature.SignerTitle);
        Assert.True(programme.Identity.IsDraft);
        Assert.Equal(
            AssumedFields.Agency | AssumedFields.Signature | AssumedFields.Number | AssumedFields.Symbol | AssumedFields.PlaceName | AssumedFields.IssueDate,
            programme.Assumed);
        Assert.Equal([25, 26, 27, 30], Days(programme, DayStatus.Holiday));
    }

    [Fact]
    public void A_header_without_a_symbol_gives_the_abbreviation_without_its_spaces_marked_assumed()
    {
        using var temp = new TempFolder();
        string header = temp.Write("header.json", """
            {
              "headerVersion": 1,
              "agency": { "nameLines": ["VĂN PHÒNG ĐIỀU PHỐI"], "abbreviation": "VP ĐP" },
              "number": 5,
              "signature": { "signerTitle": "CHÁNH VĂN PHÒNG", "signerName": "Nguyễn Văn A" }
            }
            """);

        CliRun run = Workplan.Run("new", "--month", "2021-05", "--header", header);

        Assert.True(run.ExitCode == 0, run.ToString());
        WorkProgramme programme = WorkProgrammeJson.Deserialize(run.Output);
        Assert.Equal("Số: 05/CTr-VPĐP", programme.Identity.NumberLine);
        Assert.Equal(AssumedFields.Symbol | AssumedFields.PlaceName | AssumedFields.IssueDate, programme.Assumed);
    }

    [Theory]
    [InlineData("2021-13")]
    [InlineData("May 2021")]
    [InlineData("2021-5-1")]
    public void A_malformed_month_is_a_usage_error_that_says_how_to_write_it(string month)
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("new", "--month", month, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal($"error: --month: '{month}' is not a month; write it as YYYY-MM, e.g. 2021-05.", run.ErrorLines[0]);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void A_missing_header_file_is_one_line_naming_it_and_writes_nothing()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("new", "--month", "2021-05", "--header", temp["header.json"], "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"{temp["header.json"]}: error: file not found."], run.ErrorLines);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void A_header_value_past_a_limit_is_an_input_error_naming_the_header_and_the_limit_not_an_internal_error()
    {
        // Found by the CLI fuzz test (new, case 1113 of 10,000): a 99,989-character symbol ended in exit 70.
        using var temp = new TempFolder();
        string header = temp.Write("header.json", $$"""
            {
              "headerVersion": 1,
              "agency": { "nameLines": ["VĂN PHÒNG ĐIỀU PHỐI"], "abbreviation": "VPĐP" },
              "number": 5,
              "symbol": "CTr-{{new string('A', 10_001)}}",
              "signature": { "signerTitle": "CHÁNH VĂN PHÒNG", "signerName": "Nguyễn Văn A" }
            }
            """);

        CliRun run = Workplan.Run("new", "--month", "2021-05", "--header", header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{header}: error: identity.symbol has 10,005 characters; at most 10,000 are allowed (limit MaxTextLength", line, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["plan.json"]));
    }

    private static int[] Days(WorkProgramme programme, DayStatus status) =>
        programme.Schedule.Days.Where(d => d.Status == status).Select(d => d.Date.Day).ToArray();
}
