using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Tests.Commands;

public class ImportCommandTests
{
    [Fact]
    public void Importing_the_seed_with_its_header_writes_the_committed_seed_json()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("import", Seed.Text, "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(File.ReadAllText(Seed.Json), File.ReadAllText(temp["plan.json"]));
        Assert.Equal(["plan.json"], temp.Files());
        Assert.Collection(
            run.ErrorLines,
            line => Assert.StartsWith($"{Seed.Text}(146): information IMP17: ", line, StringComparison.Ordinal),
            line => Assert.StartsWith($"{Seed.Text}(163): information IMP13: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_the_importer_cannot_place_is_printed_with_its_line_and_exits_1_with_the_rest_written()
    {
        using var temp = new TempFolder();
        string source = Path.Combine(WorkPlan.Documents.Tests.Common.RepositoryRoot.Path, "tests", "WorkPlan.Documents.Tests", "TestData", "Import", "cases", "day-32.txt");

        CliRun run = Workplan.Run("import", source, "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.ErrorsReported, run.ExitCode);
        Assert.Equal(
            [$"{source}(16): error IMP09: day \"32 Thứ 3\" does not exist in 5/2021; the row and the rows up to the next valid day are not imported."],
            run.ErrorLines.Where(l => l.Contains("IMP09", StringComparison.Ordinal)));
        Assert.Equal(3, run.ErrorLines.Count(l => l.Contains("): error IMP", StringComparison.Ordinal)));
        Assert.Equal(new NodaTime.YearMonth(2021, 5), WorkProgrammeJson.Deserialize(File.ReadAllText(temp["plan.json"])).Period.Month);
    }

    [Fact]
    public void Without_an_output_file_the_json_goes_to_standard_output()
    {
        CliRun run = Workplan.Run("import", Seed.Text, "--header", Seed.Header);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Seed.Json), run.Output);
    }

    [Fact]
    public void Without_a_header_the_blanks_of_the_nd30_form_are_filled_in_and_marked_assumed()
    {
        CliRun run = Workplan.Run("import", Seed.Text);

        Assert.Equal(0, run.ExitCode);
        WorkProgramme programme = WorkProgrammeJson.Deserialize(run.Output);
        Assert.Equal(["TÊN CƠ QUAN, TỔ CHỨC"], programme.Agency.NameLines);
        Assert.Equal("Họ và tên", programme.Signature.SignerName);
        Assert.Null(programme.Identity.Number);
        Assert.True(programme.Assumed.HasFlag(AssumedFields.Agency | AssumedFields.Signature));
        Assert.Equal(new NodaTime.LocalDate(2021, 5, 7), programme.Identity.IssueDate);
    }

    [Fact]
    public void A_missing_source_is_one_line_naming_it_and_writes_nothing()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("import", temp["missing.txt"], "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"{temp["missing.txt"]}: error: file not found."], run.ErrorLines);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void A_malformed_header_file_is_one_line_at_its_position_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string header = temp.Write("header.json", "{\n  \"headerVersion\": 1,\n  \"agency\": { \"nameLines\": [\"Ủy ban\"], \"abbreviation\": \"UB\" },\n  \"signer\": {}\n}");

        CliRun run = Workplan.Run("import", Seed.Text, "--header", header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{header}(4,", line, StringComparison.Ordinal);
        Assert.Contains(": error: $.signer: unknown property 'signer'", line, StringComparison.Ordinal);
        Assert.Equal(["header.json"], temp.Files());
    }

    [Fact]
    public void A_damaged_docx_is_one_line_naming_it_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string source = temp["plan.docx"];
        File.WriteAllBytes(source, [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x0A, 0x00]);

        CliRun run = Workplan.Run("import", source, "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string error = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{source}: error: the file is not a valid .docx (", error, StringComparison.Ordinal);
        Assert.Equal(["plan.docx"], temp.Files());
    }

    [Fact]
    public void An_output_path_that_is_a_folder_is_an_output_error()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["plan.json"]);

        CliRun run = Workplan.Run("import", Seed.Text, "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.EndsWith($"{temp["plan.json"]}: error: is a folder; expected a file path to write.", run.Error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_rendered_by_the_tool_imports_back_to_the_seed_by_extension_and_by_its_first_bytes()
    {
        using var temp = new TempFolder();
        CliRun render = Workplan.Run("render", Seed.Json, "--format", "docx", "-o", temp.Path);
        Assert.True(render.ExitCode == 0, render.ToString());
        string docx = Directory.GetFiles(temp.Path, "*.docx").Single();
        File.Copy(docx, temp["renamed.txt"]);

        CliRun byExtension = Workplan.Run("import", docx, "-o", temp["back.json"]);
        CliRun byBytes = Workplan.Run("import", temp["renamed.txt"], "-o", temp["back2.json"]);

        Assert.True(byExtension.ExitCode == 0, byExtension.ToString());
        Assert.True(byBytes.ExitCode == 0, byBytes.ToString());
        Assert.Equal(File.ReadAllText(temp["back.json"]), File.ReadAllText(temp["back2.json"]));
        WorkProgramme seed = WorkProgrammeJson.Deserialize(File.ReadAllText(Seed.Json));
        WorkProgramme back = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["back.json"]));
        Assert.Equal(seed.Agency.NameLines, back.Agency.NameLines);
        Assert.Equal(seed.Signature.SignerName, back.Signature.SignerName);
        Assert.Equal(AssumedFields.None, back.Assumed);
        Assert.Equal(
            seed.Schedule.Days.SelectMany(d => d.Sessions).SelectMany(s => s.Entries).Select(e => e.Content),
            back.Schedule.Days.SelectMany(d => d.Sessions).SelectMany(s => s.Entries).Select(e => e.Content));
    }

    [Fact]
    public void A_doc_without_its_converter_is_one_line_naming_the_converter_and_exits_3()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["old.doc"], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);

        CliRun run = Workplan.Run("import", temp["old.doc"], "--converter", "/nonexistent/soffice", "-o", temp["old.json"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        string error = Assert.Single(run.ErrorLines);
        Assert.StartsWith(temp["old.doc"] + ": error: the file is a legacy Word .doc", error, StringComparison.Ordinal);
        Assert.Contains("\"/nonexistent/soffice\" was not found", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["old.json"]));
    }
}
