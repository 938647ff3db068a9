using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Cli.Batch;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Feeds;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan render plan.json… -o OUTDIR [--format docx,html] [--columns programme|weekly] [--templates DIR] [--stylesheet FILE]</c>: writes each
/// programme's documents into OUTDIR, named after the input (plan.json → plan.docx, plan.html). Several files, or a
/// folder of them, render in parallel with a progress display on standard error, all or nothing per input and never
/// across inputs (<see cref="BatchRenderer"/>), then a summary of the failures (<see cref="BatchSummary"/>).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console, IClock clock)
    {
        var inputs = new Argument<string[]>("PROGRAMME")
        {
            Description = "Programme JSON files, or folders whose *.json files are all rendered.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "The folder to write the documents into (created if missing). Each input's documents replace those of the same name together, or not at all; temporary files an interrupted run left are removed.",
            HelpName = "DIR",
            Required = true,
        };
        var format = new Option<OutputFormats>("--format", "-f")
        {
            Description = "The formats to write, separated by commas: docx, html, ics (the entries as a calendar feed), holidays (the period's public holidays as a feed of their own). Default: docx,html.",
            HelpName = "docx,html,ics,holidays",
            DefaultValueFactory = _ => OutputFormats.All,
            CustomParser = ParseFormats,
        };
        var templates = new Option<string?>("--templates", "-t")
        {
            Description = "A template folder (e.g. from 'workplan templates export'): its files replace the default ND30 files of the same name.",
            HelpName = "DIR",
        };
        var stylesheet = new Option<string?>("--stylesheet", "-s")
        {
            Description = "A stylesheet whose rules apply after the template set's nd30.css (they win where both set a property).",
            HelpName = "FILE",
        };
        var person = new Option<string?>("--person", "-p")
        {
            Description = "With --format ics: one leader's own feed, only the entries that list that person (e.g. \"Oánh\" or \"Đ/c Oánh\").",
            HelpName = "NAME",
        };
        var columns = new Option<string?>("--columns", "-c")
        {
            Description = "The schedule's columns: 'programme' (NGÀY/ THỨ · NỘI DUNG CÔNG VIỆC · CHỦ TRÌ CHUẨN BỊ · LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ) or 'weekly' (THỨ/ NGÀY · THỜI GIAN · NỘI DUNG · ĐỊA ĐIỂM · CHỦ TRÌ · THÀNH PHẦN/ ĐƠN VỊ CHUẨN BỊ). Default: the template set's schedule-columns.json.",
            HelpName = "programme|weekly",
        };
        columns.AcceptOnlyFromAmong("programme", "weekly");
        var command = new Command("render", "Render programmes as .docx and HTML formatted to Nghị định 30, or as calendar feeds (ics, holidays); several files or a folder render in parallel.")
        {
            inputs,
            output,
            format,
            templates,
            stylesheet,
            person,
            columns,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(person) is { } name)
            {
                if (!result.GetValue(format).HasFlag(OutputFormats.Ics))
                {
                    result.AddError("--person makes a leader's own calendar feed: use it with --format ics.");
                }
                else if (string.IsNullOrWhiteSpace(name))
                {
                    result.AddError("--person: give the leader's name, e.g. --person \"Oánh\".");
                }
            }
        });
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            clock,
            parse.GetRequiredValue(inputs),
            parse.GetRequiredValue(output),
            parse.GetValue(format),
            parse.GetValue(templates),
            parse.GetValue(stylesheet),
            parse.GetValue(person),
            parse.GetValue(columns),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console,
        IClock clock,
        string[] inputPaths,
        string outputFolder,
        OutputFormats formats,
        string? templatesFolder,
        string? stylesheetPath,
        string? person,
        string? columns,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<string> inputs = BatchInputs.Expand(inputPaths);
        TemplateSet set = await TemplateSetInput.BuildAsync(templatesFolder, stylesheetPath, cancellationToken).ConfigureAwait(false);
        if (templatesFolder is not null || stylesheetPath is not null)
        {
            await ValidateAsync(console, set, templatesFolder, stylesheetPath).ConfigureAwait(false);
        }

        if (File.Exists(outputFolder))
        {
            throw new CliException(ExitCodes.OutputFailed, outputFolder, "is a file; expected the folder to write the documents into.");
        }

        var renderer = new WorkProgrammeRenderer(set, clock);
        CheckColumns(renderer);
        IOutputFileSystem fileSystem = PhysicalOutputFileSystem.Instance;
        await RemoveLeftoversAsync(console, outputFolder, fileSystem).ConfigureAwait(false);

        var progress = new ProgressDisplay(console.Error, console.ErrorIsTerminal, inputs.Count);
        var feed = person is null ? null : new CalendarFeedOptions { Person = person };
        RenderOptions? options = columns switch
        {
            "weekly" => new RenderOptions { Columns = ScheduleColumns.Weekly },
            "programme" => new RenderOptions { Columns = ScheduleColumns.Programme },
            _ => null,
        };
        var batch = new BatchRenderer(renderer, outputFolder, formats, progress, fileSystem, feed, options);
        BatchResult result = await batch.RunAsync(inputs, Environment.ProcessorCount, cancellationToken).ConfigureAwait(false);
        BatchSummary.Write(console.Error, result);
        return result.ExitCode;
    }

    /// <summary>
    /// Checks a customised set before any input is read, as <c>templates check</c> does: an error in any partial or
    /// branch — the annex, a branch this programme does not take — stops the run (exit 4) with nothing written, where a
    /// render alone would only fail on the parts it reaches. Warnings are printed and the render goes on.
    /// </summary>
    private static async Task ValidateAsync(CliConsole console, TemplateSet set, string? folder, string? stylesheet)
    {
        TemplateCheckResult result;
        try
        {
            result = set.Validate();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw TemplateFailures.Unreadable(ex);
        }

        foreach (TemplateDiagnostic diagnostic in result.Diagnostics.Where(d => d.Severity != TemplateDiagnosticSeverity.Info))
        {
            await console.Error.WriteLineAsync(TemplateCheckReport.Line(diagnostic, folder)).ConfigureAwait(false);
        }

        if (result.HasErrors)
        {
            throw new CliException(
                ExitCodes.InvalidTemplates,
                folder ?? stylesheet,
                "the template set has errors (listed above); nothing was rendered. 'workplan templates check' lists them the same way.");
        }
    }

    /// <summary>
    /// Reads the template set's column declaration before any input: an invalid one is the set's problem, not an
    /// input's, and is reported once (exit 4) with nothing rendered.
    /// </summary>
    private static void CheckColumns(WorkProgrammeRenderer renderer)
    {
        try
        {
            _ = renderer.DefaultColumns;
        }
        catch (TemplateException ex)
        {
            throw TemplateFailures.From(ex, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // schedule-columns.json of the --templates folder could not be read, or is a link out of the folder.
            throw TemplateFailures.Unreadable(ex);
        }
    }

    /// <summary>Removes the temporary files an interrupted run left in the output folder, saying so on standard error.</summary>
    private static async Task RemoveLeftoversAsync(CliConsole console, string outputFolder, IOutputFileSystem fileSystem)
    {
        LeftoverRemoval removal = TemporaryFiles.RemoveLeftovers(outputFolder, fileSystem);
        if (removal.Removed.Count > 0)
        {
            await console.Error.WriteLineAsync(Diagnostics.Format(
                outputFolder,
                null,
                null,
                "information",
                string.Create(CultureInfo.InvariantCulture, $"removed {removal.Removed.Count} temporary file(s) left by an interrupted run."))).ConfigureAwait(false);
        }

        foreach ((string path, string reason) in removal.Failed)
        {
            await console.Error.WriteLineAsync(Diagnostics.Format(path, null, null, "warning", "cannot remove this temporary file left by an interrupted run: " + reason)).ConfigureAwait(false);
        }
    }

    private static OutputFormats ParseFormats(ArgumentResult result)
    {
        OutputFormats formats = OutputFormatsText.Parse(result.Tokens.Select(t => t.Value), out string? error);
        if (error is not null)
        {
            result.AddError("--format: " + error);
        }

        return formats;
    }
}
