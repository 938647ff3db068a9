using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using WorkPlan.Documents.Cli.Batch;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan render plan.json… -o OUTDIR [--format docx,html] [--templates DIR] [--stylesheet FILE]</c>: writes each
/// programme's documents into OUTDIR, named after the input (plan.json → plan.docx, plan.html). Several files, or a
/// folder of them, render in parallel with a progress display on standard error.
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
            Description = "The folder to write the documents into (created if missing). Existing documents of the same name are replaced atomically.",
            HelpName = "DIR",
            Required = true,
        };
        var format = new Option<OutputFormats>("--format", "-f")
        {
            Description = "The formats to write: docx, html or docx,html.",
            HelpName = "docx,html",
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
        var command = new Command("render", "Render programmes as .docx and HTML formatted to Nghị định 30; several files or a folder render in parallel.")
        {
            inputs,
            output,
            format,
            templates,
            stylesheet,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console,
            clock,
            parse.GetRequiredValue(inputs),
            parse.GetRequiredValue(output),
            parse.GetValue(format),
            parse.GetValue(templates),
            parse.GetValue(stylesheet),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliConsole console, IClock clock, string[] inputPaths, string outputFolder, OutputFormats formats, string? templatesFolder, string? stylesheetPath, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> inputs = BatchInputs.Expand(inputPaths);
        TemplateSet set = await BuildTemplateSetAsync(templatesFolder, stylesheetPath, cancellationToken).ConfigureAwait(false);
        if (File.Exists(outputFolder))
        {
            throw new CliException(ExitCodes.OutputFailed, outputFolder, "is a file; expected the folder to write the documents into.");
        }

        var progress = new ProgressDisplay(console.Error, console.ErrorIsTerminal, inputs.Count);
        var batch = new BatchRenderer(new WorkProgrammeRenderer(set, clock), outputFolder, formats, progress);
        IReadOnlyList<CliException> failures = await batch.RunAsync(inputs, Environment.ProcessorCount, cancellationToken).ConfigureAwait(false);
        return failures.Count == 0 ? ExitCodes.Success : failures[0].ExitCode;
    }

    /// <summary>The default ND30 set, with the files of <paramref name="folder"/> over it and <paramref name="stylesheet"/> after its stylesheet.</summary>
    private static async Task<TemplateSet> BuildTemplateSetAsync(string? folder, string? stylesheet, CancellationToken cancellationToken)
    {
        TemplateSet set = Nd30Templates.Default;
        if (folder is not null)
        {
            if (!Directory.Exists(folder))
            {
                throw new CliException(ExitCodes.InvalidTemplates, folder, File.Exists(folder) ? "is a file; expected a template folder." : "template folder not found.");
            }

            set = set.WithFolder(folder);
        }

        if (stylesheet is not null)
        {
            byte[] bytes = await InputFile.ReadAllBytesAsync(stylesheet, ExitCodes.InvalidTemplates, cancellationToken).ConfigureAwait(false);
            try
            {
                set = set.ExtendStyleSheet(InputFile.DecodeUtf8(stylesheet, bytes, ExitCodes.InvalidTemplates), stylesheet);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ExitCodes.InvalidTemplates, stylesheet, ex.Message, ex);
            }
        }

        return set;
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
