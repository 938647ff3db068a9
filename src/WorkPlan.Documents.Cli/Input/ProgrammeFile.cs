using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>Reads programme JSON files, reporting a bad one as one line: <c>plan.json(12,5): error: $.path: what is wrong</c>.</summary>
internal static class ProgrammeFile
{
    public static async Task<WorkProgramme> ReadAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes = await InputFile.ReadAllBytesAsync(path, ExitCodes.InvalidInput, cancellationToken).ConfigureAwait(false);
        return await ParseAsync(path, bytes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a programme from the bytes of <paramref name="path"/>.</summary>
    public static async Task<WorkProgramme> ParseAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return await WorkProgrammeJson.DeserializeAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkProgrammeJsonException ex)
        {
            throw JsonFileErrors.ToCliException(ex, path, ExitCodes.InvalidInput);
        }
    }

    /// <summary>Writes <paramref name="programme"/> as JSON to <paramref name="path"/> atomically, or to standard output when it is null.</summary>
    public static async Task WriteAsync(WorkProgramme programme, string? path, CliConsole console, CancellationToken cancellationToken)
    {
        string json = WorkProgrammeJson.Serialize(programme);
        if (path is null)
        {
            await console.Output.WriteAsync(json).ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await Output.AtomicFile.WriteTextAsync(path, json, cancellationToken).ConfigureAwait(false);
        }
    }
}
