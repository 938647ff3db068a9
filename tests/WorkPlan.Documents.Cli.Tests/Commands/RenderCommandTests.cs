using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Cli.Tests.Commands;

public class RenderCommandTests
{
    [Fact]
    public void Import_with_header_then_check_then_render_gives_the_librarys_documents_for_the_seed()
    {
        using var temp = new TempFolder();

        CliRun import = Workplan.Run("import", Seed.Text, "--header", Seed.Header, "-o", temp["plan.json"]);
        CliRun check = Workplan.Run("check", temp["plan.json"]);
        CliRun render = Workplan.Run("render", temp["plan.json"], "-o", temp["out"]);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Equal(["out/plan.docx", "out/plan.html", "plan.json"], temp.Files());
        byte[] docx = File.ReadAllBytes(temp["out/plan.docx"]);
        byte[] libraryDocx = LibraryRender.Docx(Seed.Json);
        Assert.Empty(DocxValidation.Errors(docx));
        Assert.Equal(DocxProjection.Parts(libraryDocx), DocxProjection.Parts(docx));
        Assert.Equal(libraryDocx, docx);
        Assert.Equal(LibraryRender.Html(Seed.Json), File.ReadAllText(temp["out/plan.html"]));
        Assert.Equal([$"[1/1] {temp["plan.json"]} → {Path.Combine(temp["out"], "plan.docx")}, {Path.Combine(temp["out"], "plan.html")}"], render.ErrorLines);
    }

    [Fact]
    public void Several_files_and_a_folder_render_in_parallel_each_reported_once_with_identical_documents()
    {
        using var temp = new TempFolder();
        string seed = File.ReadAllText(Seed.Json);
        for (int i = 0; i < 6; i++)
        {
            temp.Write($"plans/p{i}.json", seed);
        }

        string single = temp.Write("extra.json", seed);

        CliRun run = Workplan.Run("render", temp["plans"], single, "-o", temp["out"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(7, run.ErrorLines.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"[{n}/7]"), run.ErrorLines.Select(l => l[..5]));
        string[] docx = Directory.GetFiles(temp["out"], "*.docx").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(7, docx.Length);
        Assert.Equal(7, Directory.GetFiles(temp["out"], "*.html").Length);
        byte[] first = File.ReadAllBytes(docx[0]);
        Assert.All(docx, d => Assert.Equal(first, File.ReadAllBytes(d)));
    }

    [Fact]
    public void Format_chooses_what_is_written()
    {
        using var temp = new TempFolder();

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"out/{Seed.Name}.html"], temp.Files());
    }

    // A customised set is checked before any input is read (the template checker, as 'templates check'): its errors are
    // listed as the build lists them, and nothing is rendered or replaced.
    [Theory]
    [InlineData("{{ end }}", "(2,8): error WPT0001: Error while parsing ScriptPage: Found <end> statement without a corresponding beginning of a block")]
    [InlineData("{{ agency.nope }}", "(2,6): error WPT0003: \"agency\" is not a variable the templates have")]
    [InlineData("<blink>x</blink>", "(2,3): error WPT0020: element <blink> is not part of the layout markup")]
    public void A_broken_template_is_named_at_its_line_with_its_id_non_zero_exit_and_no_output(string broken, string expected)
    {
        using var temp = new TempFolder();
        string template = temp.Write("templates/header.sbn-html", $"<p class=\"agency-name\">\n  {broken}\n</p>\n");
        temp.Write("out/" + Seed.Name + ".docx", "the previous version");

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--templates", temp["templates"]);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.StartsWith(template + expected, run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"{temp["templates"]}: error: the template set has errors (listed above); nothing was rendered. 'workplan templates check' lists them the same way.", run.ErrorLines[1]);
        Assert.Equal([$"out/{Seed.Name}.docx", "templates/header.sbn-html"], temp.Files());
        Assert.Equal("the previous version", File.ReadAllText(temp["out/" + Seed.Name + ".docx"]));
    }

    [Fact]
    public void A_broken_partial_stops_the_run_once_before_any_input()
    {
        using var temp = new TempFolder();
        for (int i = 0; i < 8; i++)
        {
            temp.Write($"plans/p{i}.json", File.ReadAllText(Seed.Json));
        }

        temp.Write("templates/title.sbn-html", "{{ if }}");

        CliRun run = Workplan.Run("render", temp["plans"], "-o", temp["out"], "--templates", temp["templates"]);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Count);
        Assert.All(run.ErrorLines.Take(2), l => Assert.StartsWith(temp["templates/title.sbn-html"] + "(1,7): error WPT0001: ", l, StringComparison.Ordinal));
        Assert.StartsWith(temp["templates"] + ": error: the template set has errors", run.ErrorLines[2], StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void A_stylesheet_outside_the_subset_is_named_at_its_position_and_no_output()
    {
        using var temp = new TempFolder();
        string css = temp.Write("office.css", ".schedule-heading {\n  font-size: 13pt;\n  colour: red;\n}\n");

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--stylesheet", css);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.StartsWith($"{css}(3,3): error WPT0023: in '.schedule-heading', property 'colour': 'colour' is not in the supported subset", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{css}: error: the template set has errors", run.ErrorLines[1], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.Equal(["office.css"], temp.Files());
    }

    [Fact]
    public void A_stylesheet_changes_the_style_in_both_formats()
    {
        using var temp = new TempFolder();
        string css = temp.Write("office.css", ".schedule-heading { font-size: 11pt; }\n");

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--stylesheet", css);

        Assert.True(run.ExitCode == 0, run.ToString());
        string docx = DocxProjection.Parts(File.ReadAllBytes(temp[$"out/{Seed.Name}.docx"]));
        string html = File.ReadAllText(temp[$"out/{Seed.Name}.html"]);
        string defaultDocx = DocxProjection.Parts(LibraryRender.Docx(Seed.Json));
        Assert.NotEqual(defaultDocx, docx);
        Assert.Contains("font-size: 11pt", html[html.IndexOf(".schedule-heading", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("<w:sz w:val=\"22\" />", StyleXml(docx, "schedule-heading"), StringComparison.Ordinal);
        Assert.Contains("<w:sz w:val=\"24\" />", StyleXml(defaultDocx, "schedule-heading"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_exported_default_set_renders_exactly_as_the_built_in_one()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, Workplan.Run("templates", "export", temp["templates"]).ExitCode);

        CliRun run = Workplan.Run("render", Seed.Json, "-o", temp["out"], "--templates", temp["templates"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(LibraryRender.Html(Seed.Json), File.ReadAllText(temp[$"out/{Seed.Name}.html"]));
    }

    [Fact]
    public void A_bad_input_is_reported_and_the_good_ones_are_still_written()
    {
        using var temp = new TempFolder();
        string good = temp.Write("good.json", File.ReadAllText(Seed.Json));
        string bad = temp.Write("bad.json", "{ \"schemaVersion\": 1, ");

        CliRun run = Workplan.Run("render", bad, good, "-o", temp["out"]);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith(bad + "(1,", StringComparison.Ordinal) && l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Equal(["bad.json", "good.json", "out/good.docx", "out/good.html"], temp.Files());
    }

    [Theory]
    [InlineData("missing.json", ExitCodes.InvalidInput, "missing.json: error: file or folder not found.")]
    [InlineData("--templates=missing", ExitCodes.InvalidTemplates, "missing: error: template folder not found.")]
    [InlineData("--stylesheet=missing.css", ExitCodes.InvalidTemplates, "missing.css: error: file not found.")]
    public void Bad_paths_are_one_line_naming_them_with_a_non_zero_exit_and_no_output(string argument, int exitCode, string message)
    {
        using var temp = new TempFolder();
        string[] args = argument.StartsWith("--", StringComparison.Ordinal)
            ? ["render", Seed.Json, "-o", temp["out"], argument.Split('=')[0], temp[argument.Split('=')[1]]]
            : ["render", temp[argument], "-o", temp["out"]];

        CliRun run = Workplan.Run(args);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal([Path.Combine(temp.Path, message)], run.ErrorLines);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_an_output_error()
    {
        using var temp = new TempFolder();
        string file = temp.Write("out", "x");

        CliRun run = Workplan.Run("render", Seed.Json, "-o", file);

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Equal([$"{file}: error: is a file; expected the folder to write the documents into."], run.ErrorLines);
    }

    [Fact]
    public async Task A_cancelled_render_exits_130_and_leaves_no_file()
    {
        using var temp = new TempFolder();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var error = new StringWriter { NewLine = "\n" };

        int exitCode = await WorkplanApp.RunAsync(
            ["render", Seed.Json, "-o", temp["out"]], new CliConsole(TextWriter.Null, error, ErrorIsTerminal: false), NodaTime.SystemClock.Instance, handleTermination: false, cancelled.Token);

        Assert.Equal(ExitCodes.Cancelled, exitCode);
        Assert.Equal("workplan: cancelled.\n", error.ToString());
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void Without_an_output_folder_it_is_a_usage_error()
    {
        CliRun run = Workplan.Run("render", Seed.Json);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal(["error: Option '--output' is required.", "Run 'workplan render --help' for usage."], run.ErrorLines);
    }

    private static string StyleXml(string parts, string styleId)
    {
        int start = parts.IndexOf($"w:styleId=\"{styleId}\"", StringComparison.Ordinal);
        return parts[start..parts.IndexOf("</w:style>", start, StringComparison.Ordinal)];
    }
}
