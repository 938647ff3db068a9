using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Cli.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

public class LintCommandTests
{
    [Fact]
    public void The_seed_s_docx_breaks_no_rule()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["seed.docx"], LibraryRender.Docx(Seed.Json));

        CliRun run = Workplan.Run("lint", temp["seed.docx"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("0 error(s), 0 warning(s), 0 information.\n", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void A_finding_is_one_line_with_its_rule_location_and_the_decree_s_reference_and_an_error_fails_the_run()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.docx"], Broken(LibraryRender.Docx(Seed.Json)));

        CliRun run = Workplan.Run("lint", temp["plan.docx"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{temp["plan.docx"]}: error ND30-10: document ¶4 \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": Quốc hiệu: 14 pt; required: 12–13 pt, bold, upright, capitals (Phụ lục I, Phần I, mục II.1.a).\n"
            + "1 error(s), 0 warning(s), 0 information.\n",
            run.Output);
    }

    [Fact]
    public void Lang_vi_words_the_findings_and_the_json_report_in_vietnamese()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.docx"], Broken(LibraryRender.Docx(Seed.Json)));

        CliRun text = Workplan.Run("lint", temp["plan.docx"], "--lang", "vi");
        CliRun json = Workplan.Run("lint", temp["plan.docx"], "--format", "json", "--lang=vi");

        Assert.Equal(1, text.ExitCode);
        Assert.Equal(
            $"{temp["plan.docx"]}: error ND30-10: document ¶4 \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": Quốc hiệu: 14 pt; yêu cầu: 12–13 pt, đậm, đứng, in hoa (Phụ lục I, Phần I, mục II.1.a).\n"
            + "1 lỗi, 0 cảnh báo, 0 thông tin.\n",
            text.Output);
        using JsonDocument report = JsonDocument.Parse(json.Output);
        JsonElement finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(("Quốc hiệu", "14 pt", "12–13 pt, đậm, đứng, in hoa"), (finding.GetProperty("element").GetString(), finding.GetProperty("found").GetString(), finding.GetProperty("required").GetString()));
        Assert.Equal("ND30-10", finding.GetProperty("ruleId").GetString());
    }

    [Fact]
    public void The_json_report_gives_each_finding_its_rule_reference_location_found_and_required()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp["plan.docx"], Broken(LibraryRender.Docx(Seed.Json)));

        CliRun run = Workplan.Run("lint", temp["plan.docx"], "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement root = report.RootElement;
        Assert.Equal((1, 0, 0), (root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32(), root.GetProperty("information").GetInt32()));
        JsonElement finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("ND30-10", finding.GetProperty("ruleId").GetString());
        Assert.Equal("NationalName", finding.GetProperty("rule").GetString());
        Assert.Equal("Phụ lục I, Phần I, mục II.1.a", finding.GetProperty("decreeReference").GetString());
        Assert.Equal("14 pt", finding.GetProperty("found").GetString());
        Assert.Equal("12–13 pt, bold, upright, capitals", finding.GetProperty("required").GetString());
        JsonElement location = finding.GetProperty("location");
        Assert.Equal(("document", 1, 4), (location.GetProperty("part").GetString(), location.GetProperty("section").GetInt32(), location.GetProperty("paragraph").GetInt32()));
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", location.GetProperty("excerpt").GetString());
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_an_input_error_naming_it()
    {
        using var temp = new TempFolder();
        string path = temp.Write("plan.docx", "not a package");

        CliRun run = Workplan.Run("lint", path);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"{path}: error: The file is not a Word document (.docx): ", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("lint", temp["missing.docx"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("missing.docx", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The document with the Quốc hiệu's style at 14 pt (Nghị định 30 allows 12–13).</summary>
    private static byte[] Broken(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            Style style = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "national-name");
            style.StyleRunProperties!.FontSize!.Val = "28";
        }

        return stream.ToArray();
    }
}
