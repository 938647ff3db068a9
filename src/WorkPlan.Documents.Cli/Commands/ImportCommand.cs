using System.CommandLine;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.DocxImport;
using WorkPlan.Documents.Import;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan import SOURCE [--header FILE] [--converter SOFFICE] [-o plan.json]</c>: turns a hand-typed programme
/// pasted as text, or an existing programme saved as .docx or .doc, into programme JSON, printing what the importer
/// noticed with line numbers (text) or locations (Word).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("SOURCE")
        {
            Description = "The programme: text pasted from a Word table (UTF-8; the layout of seeds/000_308a2ff7bb53fc37.txt), or a Word document (.docx, or .doc converted by LibreOffice), told apart by extension or first bytes.",
        };
        var converter = new Option<string?>("--converter")
        {
            Description = "The LibreOffice program that converts a .doc to .docx (default: soffice on PATH).",
            HelpName = "SOFFICE",
        };
        Option<string?> header = CommandParts.HeaderFile();
        Option<string?> output = CommandParts.OutputFile();
        var command = new Command("import", "Import a hand-typed programme (pasted text) as programme JSON; diagnostics name the source line.")
        {
            source,
            header,
            converter,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetRequiredValue(source), parse.GetValue(header), parse.GetValue(converter), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string source, string? headerPath, string? converter, string? output, CancellationToken cancellationToken)
    {
        ImportHeader header = await HeaderFile.ReadOrBlankAsync(headerPath, cancellationToken).ConfigureAwait(false);
        byte[] text = await InputFile.ReadAllBytesAsync(source, ExitCodes.InvalidInput, cancellationToken).ConfigureAwait(false);
        if (IsWord(source, text))
        {
            return await ImportWordAsync(console, source, text, header, converter, output, cancellationToken).ConfigureAwait(false);
        }

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

    /// <summary>A Word document by its extension (.docx, .doc) or, whatever its name, by its first bytes (ZIP or OLE).</summary>
    private static bool IsWord(string source, byte[] bytes)
    {
        string extension = Path.GetExtension(source);
        return extension.Equals(".docx", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".doc", StringComparison.OrdinalIgnoreCase)
            || ProgrammeDocxImporter.IsWordDocument(bytes);
    }

    private static async Task<int> ImportWordAsync(CliConsole console, string source, byte[] bytes, ImportHeader header, string? converter, string? output, CancellationToken cancellationToken)
    {
        DocxImportResult result;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            DocxImportOptions options;
            try
            {
                options = new DocxImportOptions(converter);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ExitCodes.Usage, "--converter", ex.Message, ex);
            }

            result = ProgrammeDocxImporter.Import(stream, header, dayClassifier: null, options);
        }
        catch (ProgrammeImportException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, source, ex.LineNumber, null, ex.Reason, ex);
        }

        foreach (ImportDiagnostic diagnostic in result.Diagnostics)
        {
            // "file.docx(table 2, row 5): error IMP09: …": the place in the document instead of a line number.
            DocxLocation? location = result.LocationOf(diagnostic);
            await console.Error.WriteLineAsync(Diagnostics.Format(
                location is null ? source : source + "(" + location + ")",
                null,
                null,
                $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}",
                diagnostic.Message)).ConfigureAwait(false);
        }

        await ProgrammeFile.WriteAsync(result.Programme, output, console, cancellationToken).ConfigureAwait(false);
        return result.HasErrors ? ExitCodes.ErrorsReported : ExitCodes.Success;
    }
}
