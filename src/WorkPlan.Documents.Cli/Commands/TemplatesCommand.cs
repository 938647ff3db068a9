using System.CommandLine;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan templates export DIR [--force]</c>: writes the default ND30 template set — the Scriban partials, the
/// stylesheet nd30.css and schedule-columns.json — into a folder for a template author to start from. Pass the
/// folder back with <c>workplan render --templates DIR</c>.
/// <c>workplan templates check DIR [--stylesheet FILE] [--format text|json]</c>: the template checker over the set a
/// render would use — every partial and every branch, the stylesheet and schedule-columns.json — with the ids, messages
/// and positions the source generator reports at build time. Exit code 0 when no diagnostic is an error, 4 when one is.
/// </summary>
internal static class TemplatesCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to write the template files into (created if missing)." };
        var force = new Option<bool>("--force") { Description = "Overwrite template files that already exist in the folder." };
        var export = new Command("export", "Write the default ND30 template set (partials, nd30.css, schedule-columns.json) into a folder to start your own from.")
        {
            folder,
            force,
        };
        export.SetAction((parse, cancellationToken) => ExportAsync(console, parse.GetRequiredValue(folder), parse.GetValue(force), cancellationToken));
        return new Command("templates", "Work with template sets.") { export, CreateCheck(console) };
    }

    private static Command CreateCheck(CliConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "The template folder to check (its files replace the default ND30 files of the same name, as with 'render --templates')." };
        var stylesheet = new Option<string?>("--stylesheet", "-s")
        {
            Description = "A stylesheet applied after the set's nd30.css, checked with it (as with 'render --stylesheet').",
            HelpName = "FILE",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line per diagnostic, as compilers print them; json: a JSON report for tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var check = new Command("check", "Check a template folder without rendering: Scriban syntax, names against the view model, partials, markup, the stylesheet and schedule-columns.json, in every partial and every branch (ids WPT0001…, docs/diagnostics.md). Exit code 4 when a diagnostic is an error.")
        {
            folder,
            stylesheet,
            format,
        };
        check.SetAction((parse, cancellationToken) => CheckAsync(
            console, parse.GetRequiredValue(folder), parse.GetValue(stylesheet), parse.GetRequiredValue(format), cancellationToken));
        return check;
    }

    private static async Task<int> CheckAsync(CliConsole console, string folder, string? stylesheet, string format, CancellationToken cancellationToken)
    {
        TemplateSet set = await TemplateSetInput.BuildAsync(folder, stylesheet, cancellationToken).ConfigureAwait(false);
        TemplateCheckResult result;
        try
        {
            result = set.Validate();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file of the folder could not be read while checking it.
            throw new CliException(ExitCodes.InvalidTemplates, folder, ex.Message, ex);
        }

        if (format == "json")
        {
            await console.Output.WriteAsync(TemplateCheckReport.Json(result, folder)).ConfigureAwait(false);
        }
        else
        {
            foreach (TemplateDiagnostic diagnostic in result.Diagnostics)
            {
                await console.Output.WriteLineAsync(TemplateCheckReport.Line(diagnostic, folder)).ConfigureAwait(false);
            }

            await console.Output.WriteLineAsync(TemplateCheckReport.Summary(result)).ConfigureAwait(false);
        }

        return result.HasErrors ? ExitCodes.InvalidTemplates : ExitCodes.Success;
    }

    private static async Task<int> ExportAsync(CliConsole console, string folder, bool force, CancellationToken cancellationToken)
    {
        if (File.Exists(folder))
        {
            throw new CliException(ExitCodes.OutputFailed, folder, "is a file; expected a folder to write the templates into.");
        }

        List<(string Path, string Text)> files = Nd30Templates.FileNames
            .Select(name => (Path.Combine(folder, name), Nd30Templates.ReadFile(name)))
            .ToList();

        // Refuse before writing anything, so an existing set is never left half replaced.
        RefuseLinksLeaving(folder);
        string? existing = files.Select(f => f.Path).FirstOrDefault(File.Exists);
        if (existing is not null && !force)
        {
            throw new CliException(ExitCodes.OutputFailed, existing, "already exists; pass --force to overwrite the template files in the folder.");
        }

        foreach ((string path, string text) in files)
        {
            await AtomicFile.WriteTextAsync(path, text, cancellationToken).ConfigureAwait(false);
            await console.Output.WriteLineAsync(path).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>
    /// Refuses a folder holding a symbolic link that leaves it, the rule <c>render --templates</c> applies (the library's
    /// check, through <see cref="Rendering.Templating.TemplateSet.WithFolder"/>): export would otherwise replace the
    /// link, or a later render refuse the folder.
    /// </summary>
    private static void RefuseLinksLeaving(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        try
        {
            _ = Nd30Templates.Default.WithFolder(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.OutputFailed, folder, ex.Message + " Nothing was written; remove the link first.", ex);
        }
    }
}
