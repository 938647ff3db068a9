using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>Turns a JSON error from the library into a one-line error at the line and character column in the file.</summary>
internal static class JsonFileErrors
{
    /// <summary>Maps <paramref name="error"/>, raised while reading <paramref name="utf8"/> from <paramref name="path"/>.</summary>
    public static CliException ToCliException(WorkProgrammeJsonException error, string path, byte[] utf8, int exitCode)
    {
        string message = $"{error.Path}: {error.Reason}";
        if (error.LineNumber is not long line)
        {
            return new CliException(exitCode, path, message, error);
        }

        (int lineNumber, int column) = LineIndex.OfUtf8(utf8).PositionInLine(line, error.BytePositionInLine ?? 0);
        return new CliException(exitCode, path, lineNumber, column, message, error);
    }
}
