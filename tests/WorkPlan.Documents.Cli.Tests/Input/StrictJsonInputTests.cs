using System.Text;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Input;

/// <summary>
/// The CLI's JSON inputs (issue 14): a UTF-8 byte-order mark is accepted by every command; text that is not UTF-8,
/// duplicate keys, impossible dates and model errors are one line at the file, line and column of the value at fault.
/// </summary>
public class StrictJsonInputTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Check_accepts_a_programme_saved_with_a_byte_order_mark_and_places_its_findings_as_without()
    {
        using var temp = new TempFolder();
        string path = temp["plan.json"];
        File.WriteAllBytes(path, [.. Bom, .. File.ReadAllBytes(Seed.Json)]);

        CliRun marked = Workplan.Run("check", path);
        CliRun plain = Workplan.Run("check", Seed.Json);

        Assert.True(marked.ExitCode == 0, marked.ToString());
        Assert.Equal(plain.Output.Replace(Seed.Json, path, StringComparison.Ordinal), marked.Output);
    }

    [Fact]
    public void Check_in_json_format_accepts_a_programme_saved_with_a_byte_order_mark()
    {
        using var temp = new TempFolder();
        string path = temp["plan.json"];
        File.WriteAllBytes(path, [.. Bom, .. File.ReadAllBytes(Seed.Json)]);

        CliRun run = Workplan.Run("check", path, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"line\": 100,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_and_import_accept_json_saved_with_a_byte_order_mark()
    {
        using var temp = new TempFolder();
        string plan = temp["plan.json"];
        string header = temp["header.json"];
        File.WriteAllBytes(plan, [.. Bom, .. File.ReadAllBytes(Seed.Json)]);
        File.WriteAllBytes(header, [.. Bom, .. File.ReadAllBytes(Seed.Header)]);

        CliRun render = Workplan.Run("render", plan, "-o", temp["out"], "--format", "html");
        CliRun import = Workplan.Run("import", Seed.Text, "--header", header, "-o", temp["imported.json"]);
        CliRun scaffold = Workplan.Run("new", "--month", "2021-05", "--header", header, "-o", temp["new.json"]);

        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
    }

    [Fact]
    public void A_programme_that_is_not_utf8_is_named_as_such_with_the_byte_offset_line_and_column()
    {
        using var temp = new TempFolder();
        string path = temp["plan.json"];
        byte[] bytes = File.ReadAllBytes(Seed.Json);
        int at = bytes.AsSpan().IndexOf("\"VPĐP\""u8) + 3;
        bytes[at] = 0xD0;
        bytes[at + 1] = (byte)'P';
        File.WriteAllBytes(path, bytes);
        (int line, int column) = PositionOf(Encoding.UTF8.GetString(bytes[..at]));

        CliRun run = Workplan.Run("check", path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            $"{path}({line},{column}): error: $.agency.abbreviation: is not UTF-8 text (save it as UTF-8): byte 0xD0 at byte offset {at} is not part of a UTF-8 character.",
            Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void A_programme_saved_as_utf16_is_named_not_utf8()
    {
        using var temp = new TempFolder();
        string path = temp["plan.json"];
        File.WriteAllBytes(path, Encoding.Unicode.GetBytes(File.ReadAllText(Seed.Json)));

        CliRun run = Workplan.Run("render", path, "-o", temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(
            $"{path}(1,2): error: $: is not UTF-8 text (save it as UTF-8): byte 0x00 at byte offset 1; the file looks like UTF-16.",
            run.ErrorLines);
    }

    [Fact]
    public void A_duplicate_key_is_one_line_at_the_second_occurrence()
    {
        using var temp = new TempFolder();
        string json = File.ReadAllText(Seed.Json);
        string changed = json.Replace("\"number\": 5,", "\"number\": 5, \"number\": 6,", StringComparison.Ordinal);
        string path = temp.Write("plan.json", changed);
        int first = changed.IndexOf("\"number\"", StringComparison.Ordinal);
        (int line, int column) = PositionOf(changed[..first]);

        CliRun run = Workplan.Run("render", path, "-o", temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(
            $"{path}({line},{column + 13}): error: $.identity.number: the property \"number\" is given twice in one object (first at line {line}, column {column}); give it once.",
            run.ErrorLines);
        Assert.False(Directory.Exists(temp["out"]) && Directory.EnumerateFiles(temp["out"]).Any());
    }

    [Fact]
    public void An_impossible_date_is_named_as_such_at_its_value()
    {
        using var temp = new TempFolder();
        string changed = File.ReadAllText(Seed.Json).Replace("\"issueDate\": \"2021-05-07\"", "\"issueDate\": \"2021-02-30\"", StringComparison.Ordinal);
        string path = temp.Write("plan.json", changed);
        (int line, int column) = PositionOf(changed[..changed.IndexOf("\"2021-02-30\"", StringComparison.Ordinal)]);

        CliRun run = Workplan.Run("check", path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            $"{path}({line},{column}): error: $.identity.issueDate: \"2021-02-30\" is not a date: 30 February 2021 does not exist (February 2021 has 28 days).",
            Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("\"CTr-VPĐP\"", "\"CTr VPĐP\"", "$.identity.symbol", "identity.symbol \"CTr VPĐP\" must not contain spaces")]
    [InlineData("\"NÔNG THÔN MỚI\"", "\" \"", "$.agency.nameLines[1]", "agency.nameLines[1] must not be empty.")]
    public void A_model_error_is_one_line_at_the_value_that_caused_it(string find, string replace, string jsonPath, string reason)
    {
        using var temp = new TempFolder();
        string json = File.ReadAllText(Seed.Json);
        int at = json.IndexOf(find, StringComparison.Ordinal);
        string changed = json[..at] + replace + json[(at + find.Length)..];
        string path = temp.Write("plan.json", changed);
        (int line, int column) = PositionOf(changed[..at]);

        CliRun run = Workplan.Run("check", path);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{path}({line},{column}): error: {jsonPath}: {reason}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_model_error_is_one_line_at_the_value_that_caused_it()
    {
        using var temp = new TempFolder();
        string header = temp.Write("header.json", File.ReadAllText(Seed.Header).Replace("\"CTr-VPĐP\"", "\"CTr VPĐP\"", StringComparison.Ordinal));

        CliRun run = Workplan.Run("new", "--month", "2021-05", "--header", header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith($"{header}(9,13): error: $.symbol: header.symbol \"CTr VPĐP\" must not contain spaces.", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>The 1-based line and column just after <paramref name="before"/>, the text before a position.</summary>
    private static (int Line, int Column) PositionOf(string before) =>
        (before.Count(c => c == '\n') + 1, before.Length - before.LastIndexOf('\n'));
}
