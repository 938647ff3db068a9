using System.Text.Json;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Cli.Tests.Commands;

/// <summary>
/// <c>workplan templates check</c>: the template checker's second door. Every case of the shared corpus
/// (tests/TemplateCorpus) is reported with the id, file, line and column the library's checker and the source
/// generator report, and <c>render</c> refuses a set with errors before writing anything.
/// </summary>
public class TemplatesCheckCommandTests
{
    private static readonly string Corpus = TemplateCorpus.Folder;

    public static TheoryData<string> Cases() => TemplateCorpus.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_corpus_case_is_reported_at_its_file_line_and_column(string name)
    {
        string folder = Path.Combine(Corpus, name);
        string[] expected = TemplateCorpus.Expected(name);

        CliRun run = Workplan.Run("templates", "check", folder);

        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] reported = lines[..^1].Select(l => Strip(l, folder)).ToArray();
        Assert.True(expected.SequenceEqual(reported), $"Expected:\n{string.Join("\n", expected)}\n{run}");
        bool errors = expected.Any(l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Equal(errors ? ExitCodes.InvalidTemplates : ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^\d+ error\(s\), \d+ warning\(s\), \d+ information\.$", lines[^1]);
    }

    [Fact]
    public void The_default_set_exported_to_a_folder_is_clean()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Workplan.Run("templates", "export", temp["set"]).ExitCode);

        CliRun run = Workplan.Run("templates", "check", temp["set"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("0 error(s), 0 warning(s), 0 information.\n", run.Output);
    }

    [Fact]
    public void A_misspelt_member_is_named_with_the_path_in_the_folder_and_a_suggestion()
    {
        string folder = Path.Combine(Corpus, "misspelt-member");

        CliRun run = Workplan.Run("templates", "check", folder);

        string line = run.Output.Split('\n')[0];
        Assert.StartsWith(Path.Combine(folder, "signature.sbn-html") + "(9,37): error WPT0003: ", line);
        Assert.Contains("signer_name", line);
    }

    [Fact]
    public void The_json_report_carries_ids_positions_and_help_links()
    {
        string folder = Path.Combine(Corpus, "columns-widths");

        CliRun run = Workplan.Run("templates", "check", folder, "--format", "json");

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        using JsonDocument report = JsonDocument.Parse(run.Output);
        JsonElement root = report.RootElement;
        Assert.Equal(folder, root.GetProperty("folder").GetString());
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        JsonElement diagnostic = root.GetProperty("diagnostics")[0];
        Assert.Equal("WPT0043", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("schedule-columns.json", diagnostic.GetProperty("file").GetString());
        Assert.Equal(Path.Combine(folder, "schedule-columns.json"), diagnostic.GetProperty("path").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(14, diagnostic.GetProperty("column").GetInt32());
        Assert.EndsWith("diagnostics.md#wpt0043", diagnostic.GetProperty("helpLink").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetProperty("message").GetString()));
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("templates", "check", temp["nowhere"]);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.Equal([$"{temp["nowhere"]}: error: template folder not found."], run.ErrorLines);
    }

    [Fact]
    public void Render_refuses_a_set_whose_annex_does_not_parse_and_writes_nothing()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(Corpus, "annex-syntax-error");

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--templates", folder);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.StartsWith(Path.Combine(folder, "annex.sbn-html") + "(7,63): error WPT0001: ", run.ErrorLines[0]);
        Assert.Contains("nothing was rendered", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]) && Directory.EnumerateFileSystemEntries(temp["out"]).Any());
    }

    [Fact]
    public void Render_prints_a_warning_and_goes_on()
    {
        using var temp = new TempFolder();
        string folder = Path.Combine(Corpus, "raw-view-model-value");

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--templates", folder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.ErrorLines, l => l.StartsWith(Path.Combine(folder, "title.sbn-html") + "(5,51): warning WPT0006: ", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(temp["out"], Seed.Name + ".docx")));
    }

    // "DIR/file(9,37): error WPT0003: message" → "file(9,37): error WPT0003", the corpus's expected.txt form.
    private static string Strip(string line, string folder)
    {
        string prefix = folder + Path.DirectorySeparatorChar;
        string text = line.StartsWith(prefix, StringComparison.Ordinal) ? line[prefix.Length..] : line;
        int id = text.IndexOf(": ", text.IndexOf(" WPT", StringComparison.Ordinal), StringComparison.Ordinal);
        return text[..id];
    }
}
