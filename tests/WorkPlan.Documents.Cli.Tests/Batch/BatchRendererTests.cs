using WorkPlan.Documents.Cli.Batch;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Cli.Tests.Infrastructure;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Tests.Batch;

public class BatchRendererTests
{
    [Fact]
    public void A_format_that_cannot_be_written_leaves_the_previous_outputs_of_that_input_untouched()
    {
        using var temp = new TempFolder();
        string plan = temp.Write("plan.json", File.ReadAllText(Seed.Json));
        temp.Write("out/plan.docx", "the previous docx");
        Directory.CreateDirectory(temp["out/plan.html"]);

        CliRun run = Workplan.Run("render", plan, "-o", temp["out"]);

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Equal([$"{temp["out/plan.html"]}: error: is a folder; expected a file path to write."], run.ErrorLines);
        Assert.Equal("the previous docx", File.ReadAllText(temp["out/plan.docx"]));
        Assert.Equal(["out/plan.docx", "plan.json"], temp.Files());
    }

    [Fact]
    public async Task A_template_error_of_one_input_neither_stops_nor_hides_the_others()
    {
        using var temp = new TempFolder();
        string seed = File.ReadAllText(Seed.Json);
        string broken = temp.Write("plans/a-broken.json", WithoutParentAgency(seed));
        var inputs = new List<string> { broken };
        for (int i = 0; i < 12; i++)
        {
            inputs.Add(temp.Write($"plans/p{i:00}.json", seed));
        }

        // Fails only for a programme without a parent agency: a failure that depends on the input's data. The CLI's
        // check refuses this set before any input (below); the batch itself must still isolate such a failure.
        string title = temp.Write(
            "templates/title.sbn-html",
            "{{ if header.parent_agency_lines.size == 0 }}{{ no_such_variable }}{{ end }}\n" + Nd30Title());
        var renderer = new WorkProgrammeRenderer(Nd30Templates.Default.WithFolder(temp["templates"]), NodaTime.SystemClock.Instance);

        (BatchResult result, _) = await RunBatchAsync(renderer, PhysicalOutputFileSystem.Instance, temp["out"], [.. inputs]);

        Assert.Equal(ExitCodes.InvalidTemplates, result.ExitCode);
        Assert.Equal(12, Directory.GetFiles(temp["out"], "*.docx").Length);
        Assert.Equal(12, Directory.GetFiles(temp["out"], "*.html").Length);
        Assert.False(File.Exists(temp["out/a-broken.docx"]));
        BatchFailure failure = Assert.Single(result.Failures);
        Assert.StartsWith(title + "(1,", failure.Line, StringComparison.Ordinal);
        Assert.EndsWith($"(while rendering {broken})", failure.Line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_refuses_a_set_with_an_error_in_a_branch_before_rendering_any_input()
    {
        using var temp = new TempFolder();
        temp.Write("plans/p.json", File.ReadAllText(Seed.Json));
        string title = temp.Write(
            "templates/title.sbn-html",
            "{{ if header.parent_agency_lines.size == 0 }}{{ no_such_variable }}{{ end }}\n" + Nd30Title());

        CliRun run = Workplan.Run("render", temp["plans"], "-o", temp["out"], "--templates", temp["templates"]);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.StartsWith(title + "(1,49): error WPT0003: \"no_such_variable\"", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void Failures_of_different_kinds_are_all_listed_in_input_order_and_the_exit_code_is_the_highest()
    {
        using var temp = new TempFolder();
        string seed = File.ReadAllText(Seed.Json);
        string bad = temp.Write("plans/a.json", "{ \"schemaVersion\": 1, ");
        temp.Write("plans/b.json", seed);
        temp.Write("plans/c.json", seed);
        Directory.CreateDirectory(temp["out/b.html"]);

        CliRun run = Workplan.Run("render", temp["plans"], "-o", temp["out"]);

        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Equal(6, run.ErrorLines.Count);
        Assert.Equal("render: 1 of 3 programmes rendered, 2 failed:", run.ErrorLines[3]);
        Assert.StartsWith(bad + "(1,", run.ErrorLines[4], StringComparison.Ordinal);
        Assert.Equal($"{temp["out/b.html"]}: error: is a folder; expected a file path to write.", run.ErrorLines[5]);
        Assert.Equal(["out/c.docx", "out/c.html", "plans/a.json", "plans/b.json", "plans/c.json"], temp.Files());
    }

    [Fact]
    public void An_invalid_stylesheet_stops_the_run_before_any_input()
    {
        using var temp = new TempFolder();
        for (int i = 0; i < 3; i++)
        {
            temp.Write($"plans/p{i}.json", File.ReadAllText(Seed.Json));
        }

        string css = temp.Write("office.css", ".schedule-heading {\n  colour: red;\n}\n");

        CliRun run = Workplan.Run("render", temp["plans"], "-o", temp["out"], "--stylesheet", css);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.StartsWith($"{css}(2,3): error WPT0023: in '.schedule-heading', property 'colour': 'colour' is not in the supported subset", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal($"{css}: error: the template set has errors (listed above); nothing was rendered. 'workplan templates check' lists them the same way.", run.ErrorLines[1]);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public void An_invalid_column_declaration_is_reported_once_before_any_input()
    {
        using var temp = new TempFolder();
        for (int i = 0; i < 3; i++)
        {
            temp.Write($"plans/p{i}.json", File.ReadAllText(Seed.Json));
        }

        string columns = temp.Write("templates/schedule-columns.json", "{");

        CliRun run = Workplan.Run("render", temp["plans"], "-o", temp["out"], "--templates", temp["templates"]);

        Assert.Equal(ExitCodes.InvalidTemplates, run.ExitCode);
        Assert.StartsWith(columns + "(1,", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("): error WPT0040: the column declaration is not valid JSON", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(2, run.ErrorLines.Count);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public async Task A_full_disk_while_writing_the_html_leaves_the_previous_outputs_of_that_input_and_no_temporary_file()
    {
        using var temp = new TempFolder();
        string a = temp.Write("a.json", File.ReadAllText(Seed.Json));
        string b = temp.Write("b.json", File.ReadAllText(Seed.Json));
        temp.Write("out/a.docx", "the previous docx");
        temp.Write("out/a.html", "the previous html");
        var disk = new FailingFileSystem { OnWrite = p => Path.GetFileName(p).StartsWith(".a.html.", StringComparison.Ordinal) ? FailingFileSystem.DiskFull() : null };

        (BatchResult result, _) = await RunBatchAsync(disk, temp["out"], a, b);

        BatchFailure failure = Assert.Single(result.Failures);
        Assert.Equal(new BatchFailure(a, ExitCodes.OutputFailed, $"{temp["out/a.html"]}: error: cannot be written: No space left on device"), failure);
        Assert.Equal(ExitCodes.OutputFailed, result.ExitCode);
        Assert.Equal("the previous docx", File.ReadAllText(temp["out/a.docx"]));
        Assert.Equal("the previous html", File.ReadAllText(temp["out/a.html"]));
        Assert.Equal(["a.json", "b.json", "out/a.docx", "out/a.html", "out/b.docx", "out/b.html"], temp.Files());
    }

    [Fact]
    public async Task A_rename_that_fails_after_the_docx_was_published_puts_the_previous_docx_back()
    {
        using var temp = new TempFolder();
        string a = temp.Write("a.json", File.ReadAllText(Seed.Json));
        temp.Write("out/a.docx", "the previous docx");
        temp.Write("out/a.html", "the previous html");
        var disk = new FailingFileSystem { OnRename = p => p == temp["out/a.html"] ? new IOException("Device or resource busy") : null };

        (BatchResult result, _) = await RunBatchAsync(disk, temp["out"], a);

        Assert.Equal(
            $"{temp["out/a.html"]}: error: cannot be written: Device or resource busy ({temp["out/a.docx"]} left as before)",
            Assert.Single(result.Failures).Line);
        Assert.Equal("the previous docx", File.ReadAllText(temp["out/a.docx"]));
        Assert.Equal("the previous html", File.ReadAllText(temp["out/a.html"]));
        Assert.Equal(["a.json", "out/a.docx", "out/a.html"], temp.Files());
    }

    [Fact]
    public async Task A_bug_met_by_one_input_fails_that_input_only_with_exit_70()
    {
        using var temp = new TempFolder();
        string a = temp.Write("a.json", File.ReadAllText(Seed.Json));
        string b = temp.Write("b.json", File.ReadAllText(Seed.Json));
        var disk = new FailingFileSystem { OnWrite = p => Path.GetFileName(p).StartsWith(".a.docx.", StringComparison.Ordinal) ? new InvalidOperationException("boom") : null };

        (BatchResult result, string progress) = await RunBatchAsync(disk, temp["out"], a, b);

        string line = $"{a}: internal error: InvalidOperationException: boom (please report this with the command line)";
        Assert.Equal([new BatchFailure(a, ExitCodes.InternalError, line)], result.Failures);
        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.Contains(line + "\n", progress, StringComparison.Ordinal);
        Assert.Equal(["a.json", "b.json", "out/b.docx", "out/b.html"], temp.Files());
    }

    [Fact]
    public void Leftover_temporary_files_of_an_interrupted_run_are_removed_and_nothing_else()
    {
        using var temp = new TempFolder();
        string plan = temp.Write("plan.json", File.ReadAllText(Seed.Json));
        string[] leftovers =
        [
            "out/.plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp",
            "out/.gone.html.fedcba9876543210fedcba9876543210.workplan-tmp",
        ];
        string[] kept =
        [
            "out/.plan.docx.tmp",
            "out/.plan.docx.0123456789abcdef0123456789abcdef.tmp",
            "out/plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp",
            "out/.plan.docx.0123456789abcdef0123456789abcde.workplan-tmp",
            "out/.plan.docx.0123456789ABCDEF0123456789ABCDEF.workplan-tmp",
            "out/notes.workplan-tmp",
            "out/sub/.plan.docx.0123456789abcdef0123456789abcdef.workplan-tmp",
        ];
        foreach (string file in leftovers.Concat(kept))
        {
            temp.Write(file, "x");
        }

        CliRun run = Workplan.Run("render", plan, "-o", temp["out"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"{temp["out"]}: information: removed 2 temporary file(s) left by an interrupted run.", run.ErrorLines[0]);
        Assert.Equal(
            kept.Concat(["out/plan.docx", "out/plan.html", "plan.json"]).Order(StringComparer.Ordinal),
            temp.Files());
    }

    private static Task<(BatchResult Result, string Progress)> RunBatchAsync(IOutputFileSystem fileSystem, string outputFolder, params string[] inputs) =>
        RunBatchAsync(Nd30Templates.CreateRenderer(NodaTime.SystemClock.Instance), fileSystem, outputFolder, inputs);

    private static async Task<(BatchResult Result, string Progress)> RunBatchAsync(
        WorkProgrammeRenderer renderer, IOutputFileSystem fileSystem, string outputFolder, params string[] inputs)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var batch = new BatchRenderer(
            renderer,
            outputFolder,
            OutputFormats.All,
            new ProgressDisplay(writer, live: false, inputs.Length),
            fileSystem);
        BatchResult result = await batch.RunAsync(inputs, parallelism: 2, CancellationToken.None);
        return (result, writer.ToString());
    }

    private static string Nd30Title() =>
        Nd30Templates.ReadFile("title.sbn-html");

    private static string WithoutParentAgency(string seed)
    {
        int start = seed.IndexOf("\"parentLines\": [", StringComparison.Ordinal);
        int end = seed.IndexOf(']', start);
        return seed[..start] + "\"parentLines\": [" + seed[end..];
    }
}
