namespace WorkPlan.Documents.Cli.Output;

/// <summary>The real disk, through <see cref="File"/>, <see cref="Directory"/> and <see cref="FileStream"/>.</summary>
/// <threadsafety>Thread-safe and stateless: use <see cref="Instance"/>.</threadsafety>
internal sealed class PhysicalOutputFileSystem : IOutputFileSystem
{
    private PhysicalOutputFileSystem()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static PhysicalOutputFileSystem Instance { get; } = new();

    /// <inheritdoc/>
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc/>
    public bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc/>
    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateFiles(string folder, string searchPattern) =>
        Directory.EnumerateFiles(folder, searchPattern, SearchOption.TopDirectoryOnly);

    /// <inheritdoc/>
    public async Task WriteNewAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        stream.Flush(flushToDisk: true);
    }

    /// <inheritdoc/>
    public void Move(string source, string destination) => File.Move(source, destination, overwrite: true);

    /// <inheritdoc/>
    public void Replace(string source, string destination, string backup) => File.Replace(source, destination, backup);

    /// <inheritdoc/>
    public void Delete(string path) => File.Delete(path);
}
