using WorkPlan.Documents.Import;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>Reads the header file (<c>--header</c>): the agency, number, symbol and signer a programme's text lacks.</summary>
internal static class HeaderFile
{
    /// <summary>Reads the header file at <paramref name="path"/>, or gives the ND30 form's blanks (<see cref="ImportHeader.Blank"/>) when there is none.</summary>
    public static Task<ImportHeader> ReadOrBlankAsync(string? path, CancellationToken cancellationToken) =>
        path is null ? Task.FromResult(ImportHeader.Blank) : ReadAsync(path, cancellationToken);

    public static async Task<ImportHeader> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes = await InputFile.ReadAllBytesAsync(path, ExitCodes.InvalidInput, cancellationToken).ConfigureAwait(false);
        string json = InputFile.DecodeUtf8(path, bytes, ExitCodes.InvalidInput);
        try
        {
            return ImportHeader.Parse(json);
        }
        catch (ProgrammeImportException ex) when (ex.InnerException is WorkProgrammeJsonException jsonError)
        {
            throw JsonFileErrors.ToCliException(jsonError, path, ExitCodes.InvalidInput);
        }
        catch (ProgrammeImportException ex)
        {
            throw new CliException(ExitCodes.InvalidInput, path, ex.Reason, ex);
        }
    }
}
