using WorkPlan.Documents.Cli.Output;

namespace WorkPlan.Documents.Cli.Tests.Infrastructure;

/// <summary>
/// The real disk, except that writing a new file, or renaming a file onto a target, throws whatever the test asks
/// for the paths it chooses: a full disk, a locked file, a bug.
/// </summary>
internal sealed class FailingFileSystem : IOutputFileSystem
{
    private readonly PhysicalOutputFileSystem disk = PhysicalOutputFileSystem.Instance;

    /// <summary>Gets or sets the failure for writing a new (temporary) file at a path; null lets it through.</summary>
    public Func<string, Exception?> OnWrite { get; init; } = _ => null;

    /// <summary>Gets or sets the failure for renaming a file onto a target (Move or Replace); null lets it through.</summary>
    public Func<string, Exception?> OnRename { get; init; } = _ => null;

    /// <summary>A full disk: the message .NET gives for ENOSPC.</summary>
    public static IOException DiskFull() => new("No space left on device");

    public bool FileExists(string path) => disk.FileExists(path);

    public bool DirectoryExists(string path) => disk.DirectoryExists(path);

    public void CreateDirectory(string path) => disk.CreateDirectory(path);

    public IEnumerable<string> EnumerateFiles(string folder, string searchPattern) => disk.EnumerateFiles(folder, searchPattern);

    public async Task WriteNewAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (OnWrite(path) is { } failure)
        {
            // As a full disk does: the file is created, part of it written, then the write fails.
            await disk.WriteNewAsync(path, content[..Math.Min(content.Length, 10)], cancellationToken);
            throw failure;
        }

        await disk.WriteNewAsync(path, content, cancellationToken);
    }

    public void Move(string source, string destination)
    {
        ThrowIfAsked(destination);
        disk.Move(source, destination);
    }

    public void Replace(string source, string destination, string backup)
    {
        ThrowIfAsked(destination);
        disk.Replace(source, destination, backup);
    }

    public void Delete(string path) => disk.Delete(path);

    private void ThrowIfAsked(string destination)
    {
        if (OnRename(destination) is { } failure)
        {
            throw failure;
        }
    }
}
