using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>Turns a JSON error from the library into a one-line error at the line and character column in the file.</summary>
internal static class JsonFileErrors
{
    /// <summary>Maps <paramref name="error"/>, raised while reading the file at <paramref name="path"/>.</summary>
    /// <remarks>The library gives the line and column of every error it raises while reading a text, counted as editors count them.</remarks>
    public static CliException ToCliException(WorkProgrammeJsonException error, string path, int exitCode)
    {
        string message = $"{error.Path}: {error.Reason}";
        return error.Line is int line
            ? new CliException(exitCode, path, line, error.Column, message, error)
            : new CliException(exitCode, path, message, error);
    }
}
