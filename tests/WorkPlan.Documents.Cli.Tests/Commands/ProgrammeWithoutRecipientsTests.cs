using System.Text.Json.Nodes;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary>
/// A programme without a "Nơi nhận" block (text cut before it, or JSON without <c>recipients</c>, which the schema
/// allows) keeps its copy with the văn thư, "Lưu: VT.": it imports, checks and renders; it used to end in exit 70.
/// </summary>
public class ProgrammeWithoutRecipientsTests
{
    [Fact]
    public void Text_cut_before_its_recipient_block_imports_with_the_office_archive()
    {
        using var temp = new TempFolder();
        string[] lines = File.ReadAllLines(Seed.Text);
        int block = Array.FindIndex(lines, l => l.StartsWith("Nơi nhận", StringComparison.Ordinal));
        string source = temp.Write("cut.txt", string.Join("\n", lines[..block]) + "\n");

        CliRun run = Workplan.Run("import", source, "--header", Seed.Header, "-o", temp["plan.json"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(
            $"{source}: information IMP27: the text has no \"Nơi nhận:\" block and the header file gives no recipients; the block is empty (\"Lưu: VT.\").",
            run.ErrorLines);
        WorkProgramme programme = WorkProgrammeJson.Deserialize(File.ReadAllText(temp["plan.json"]));
        Assert.Empty(programme.Recipients.Recipients);
        Assert.Equal("Lưu: VT.", programme.Recipients.ArchiveLine);
    }

    [Fact]
    public void Programme_json_without_recipients_checks_and_renders_with_the_office_archive()
    {
        using var temp = new TempFolder();
        JsonObject json = JsonNode.Parse(File.ReadAllText(Seed.Json))!.AsObject();
        Assert.True(json.Remove("recipients"));
        string plan = temp.Write("plan.json", json.ToJsonString());

        CliRun check = Workplan.Run("check", plan);
        CliRun render = Workplan.Run("render", plan, "-o", temp["out"]);

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Empty(DocxValidation.Errors(File.ReadAllBytes(temp["out/plan.docx"])));
        Assert.Contains("Lưu: VT.", File.ReadAllText(temp["out/plan.html"]), StringComparison.Ordinal);
    }
}
