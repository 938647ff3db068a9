namespace WorkPlan.Documents.Cli.Output;

/// <summary>A file to write: its path, as the user named it, and its complete content.</summary>
/// <param name="Path">The target path (used in error messages as given).</param>
/// <param name="Content">The complete content.</param>
internal readonly record struct FileContent(string Path, ReadOnlyMemory<byte> Content);
