using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>Reads programme JSON files, reporting a bad one as one line: <c>plan.json(12,5): error: $.path: what is wrong</c>.</summary>
internal static class ProgrammeFile
{
    public static async Task<WorkProgramme> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes = await InputFile.ReadAllBytesAsync(path, ExitCodes.InvalidInput, cancellationToken).ConfigureAwait(false);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return await WorkProgrammeJson.DeserializeAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkProgrammeJsonException ex)
        {
            if (ex.LineNumber is long line)
            {
                (int lineNumber, int column) = TextPosition.OfLineAndByte(bytes, line, ex.BytePositionInLine ?? 0);
                throw new CliException(ExitCodes.InvalidInput, path, lineNumber, column, $"{ex.Path}: {ex.Reason}", ex);
            }

            throw new CliException(ExitCodes.InvalidInput, path, $"{ex.Path}: {ex.Reason}", ex);
        }
    }
}
