using System.CommandLine;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Import;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan import SOURCE.txt [--header FILE] [-o plan.json]</c>: turns a hand-typed programme pasted as text
/// into programme JSON, printing what the importer noticed with line numbers.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("SOURCE")
        {
            Description = "The programme as text pasted from a Word table (UTF-8; the layout of seeds/000_308a2ff7bb53fc37.txt).",
        };
        Option<string?> header = CommandParts.HeaderFile();
        Option<string?> output = CommandParts.OutputFile();
        var command = new Command("import", "Import a hand-typed programme (pasted text) as programme JSON; diagnostics name the source line.")
        {
            source,
            header,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetRequiredValue(source), parse.GetValue(header), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string source, string? headerPath, string? output, CancellationToken cancellationToken)
    {
        ImportHeader header = await HeaderFile.ReadOrBlankAsync(headerPath, cancellationToken).ConfigureAwait(false);
        byte[] text = await InputFile.ReadAllBytesAsync(source, ExitCodes.InvalidInput, cancellationToken).ConfigureAwait(false);

        ImportResult result;
        try
        {
            using var stream = new MemoryStream(text, writable: false);
            result = ProgrammeTextImporter.ImportStream(stream, header);
        }
        catch (ProgrammeImportException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, source, ex.LineNumber, null, ex.Reason, ex);
        }

        foreach (ImportDiagnostic diagnostic in result.Diagnostics)
        {
            await console.Error.WriteLineAsync(Diagnostics.Format(
                source,
                diagnostic.LineNumber == 0 ? null : diagnostic.LineNumber,
                null,
                $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}",
                diagnostic.Message)).ConfigureAwait(false);
        }

        await ProgrammeFile.WriteAsync(result.Programme, output, console, cancellationToken).ConfigureAwait(false);
        return result.HasErrors ? ExitCodes.ErrorsReported : ExitCodes.Success;
    }
}
