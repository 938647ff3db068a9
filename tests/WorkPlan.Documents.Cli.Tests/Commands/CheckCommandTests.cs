using System.Text.Json;
using System.Text.RegularExpressions;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

public partial class CheckCommandTests
{
    [Fact]
    public void The_seed_has_warnings_but_no_error_so_check_passes_with_every_finding_at_its_place_in_the_file()
    {
        CliRun run = Workplan.Run("check", Seed.Json);

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("0 error(s), 7 warning(s), 14 information.", lines[^1]);
        string[] findings = lines[..^1];
        Assert.Equal(21, findings.Length);
        string[] json = File.ReadAllLines(Seed.Json);
        foreach (string finding in findings)
        {
            Match match = FindingLine().Match(finding);
            Assert.True(match.Success, finding);
            Assert.Equal(Seed.Json, match.Groups["file"].Value);

            // The position is where the concerned value starts: a day object, an entry's unit or leaders.
            string at = json[int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1][(int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)..];
            Assert.True(at.StartsWith('{') || at.StartsWith('[') || at.StartsWith('"'), $"{finding}\n→ {at}");
        }

        Assert.StartsWith($"{Seed.Json}(100,34): warning WP005: 2021-05-04 Morning #2 preparingUnit: The unit \"Phòng KHN VG S\"", findings[0], StringComparison.Ordinal);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void The_json_report_gives_each_finding_its_rule_location_json_path_and_position()
    {
        CliRun run = Workplan.Run("check", Seed.Json, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement root = report.RootElement;
        Assert.Equal((0, 7, 14), (root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32(), root.GetProperty("information").GetInt32()));
        JsonElement first = root.GetProperty("findings")[0];
        Assert.Equal("WP005", first.GetProperty("ruleId").GetString());
        Assert.Equal("UnitNameVariant", first.GetProperty("rule").GetString());
        Assert.Equal("$.schedule.days[3].sessions[0].entries[1].preparingUnit", first.GetProperty("jsonPath").GetString());
        Assert.Equal((100, 34), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32()));
        Assert.Equal("morning", first.GetProperty("location").GetProperty("session").GetString());
        Assert.Equal("Write \"Phòng KHNVGS\".", first.GetProperty("suggestedFix").GetString());
        Assert.Equal(21, root.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void A_scaffold_without_a_header_fails_the_check_on_every_blank_left()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Workplan.Run("new", "--month", "2021-05", "-o", temp["plan.json"]).ExitCode);

        CliRun run = Workplan.Run("check", temp["plan.json"]);

        Assert.Equal(ExitCodes.ErrorsReported, run.ExitCode);
        string[] errors = run.Output.Split('\n').Where(l => l.Contains(": error WP010: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, errors.Length);
        Assert.Equal($"{temp["plan.json"]}(9,7): error WP010: agency.nameLines[0] is still the blank \"TÊN CƠ QUAN, TỔ CHỨC\" of the ND30 form. Fix: Fill in the real value (or scaffold with a header file).", errors[1]);
    }

    [Fact]
    public void A_scaffold_from_a_complete_header_file_passes_the_check_and_one_lacking_the_place_does_not()
    {
        using var temp = new TempFolder();
        string complete = temp.Write("header.json", File.ReadAllText(Seed.Header).Replace(
            "\"number\": 5,", "\"number\": 5,\n  \"placeName\": \"Hà Tĩnh\",\n  \"issueDate\": \"2021-04-28\",", StringComparison.Ordinal));
        Assert.Equal(0, Workplan.Run("new", "--month", "2021-05", "--header", complete, "-o", temp["complete.json"]).ExitCode);
        Assert.Equal(0, Workplan.Run("new", "--month", "2021-05", "--header", Seed.Header, "-o", temp["no-place.json"]).ExitCode);

        CliRun passes = Workplan.Run("check", temp["complete.json"]);
        CliRun fails = Workplan.Run("check", temp["no-place.json"]);

        Assert.Equal(0, passes.ExitCode);
        Assert.EndsWith("0 error(s), 0 warning(s), 20 information.\n", passes.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ErrorsReported, fails.ExitCode);
        Assert.StartsWith($"{temp["no-place.json"]}(18,18): error WP010: identity.placeName is still the blank \"Địa danh\"", fails.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"agency\": nope\n}", "(3,14): error: $.agency: 'nope }' is an invalid JSON literal.")]
    [InlineData("{\n  \"schemaVersion\": 1\n}", "(3,2): error: $: missing required property 'agency'")]
    [InlineData("[1, 2", "(1,2): error: $: expected a JSON object here.")]
    public void Unreadable_json_is_one_line_naming_the_file_and_position(string json, string expected)
    {
        using var temp = new TempFolder();
        string path = temp.Write("plan.json", json);

        CliRun run = Workplan.Run("check", path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith(path + expected, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Json_that_is_not_utf8_is_one_line_naming_the_file()
    {
        using var temp = new TempFolder();
        string path = temp["plan.json"];
        File.WriteAllBytes(path, [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']);

        CliRun run = Workplan.Run("check", path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith(path + "(1,", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_an_unknown_format_are_reported_with_their_exit_codes()
    {
        CliRun missing = Workplan.Run("check", "no/such/plan.json");
        CliRun format = Workplan.Run("check", Seed.Json, "--format", "xml");

        Assert.Equal((ExitCodes.InvalidInput, "no/such/plan.json: error: file not found."), (missing.ExitCode, Assert.Single(missing.ErrorLines)));
        Assert.Equal(ExitCodes.Usage, format.ExitCode);
        Assert.Equal("error: Argument 'xml' not recognized. Must be one of: 'text' 'json'", format.ErrorLines[0]);
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\): (error|warning|information) WP0\d\d: ")]
    private static partial Regex FindingLine();
}
