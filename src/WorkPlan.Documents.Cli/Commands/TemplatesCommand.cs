using System.CommandLine;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan templates export DIR [--force]</c>: writes the default ND30 template set — the Scriban partials, the
/// stylesheet nd30.css and schedule-columns.json — into a folder for a template author to start from. Pass the
/// folder back with <c>workplan render --templates DIR</c>.
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
        return new Command("templates", "Work with template sets.") { export };
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
