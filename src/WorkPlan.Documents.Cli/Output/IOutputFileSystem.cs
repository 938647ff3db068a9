namespace WorkPlan.Documents.Cli.Output;

/// <summary>
/// The file-system operations output writing uses (<see cref="AtomicFile"/>, <see cref="TemporaryFiles"/>): the
/// real disk in the tool (<see cref="PhysicalOutputFileSystem"/>), and in the tests one that fails where asked, as a
/// full disk would.
/// </summary>
/// <remarks>
/// Paths are full paths. Failures are <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>, as
/// <see cref="File"/> and <see cref="Directory"/> raise them.
/// </remarks>
/// <threadsafety>Implementations are thread-safe: a batch writes several inputs' files concurrently.</threadsafety>
internal interface IOutputFileSystem
{
    /// <summary>Tells whether <paramref name="path"/> is an existing file.</summary>
    bool FileExists(string path);

    /// <summary>Tells whether <paramref name="path"/> is an existing folder.</summary>
    bool DirectoryExists(string path);

    /// <summary>Creates <paramref name="path"/> and its parents, if missing.</summary>
    void CreateDirectory(string path);

    /// <summary>Lists the files (not folders) directly in <paramref name="folder"/> whose names match <paramref name="searchPattern"/>.</summary>
    IEnumerable<string> EnumerateFiles(string folder, string searchPattern);

    /// <summary>Creates <paramref name="path"/>, which must not exist, writes <paramref name="content"/> and flushes it to the disk.</summary>
    Task WriteNewAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Renames <paramref name="source"/> to <paramref name="destination"/>, replacing a file there (atomically within one file system).</summary>
    void Move(string source, string destination);

    /// <summary>
    /// Renames <paramref name="source"/> over the existing file <paramref name="destination"/>, which is kept as
    /// <paramref name="backup"/> first (<see cref="File.Replace(string, string, string?)"/>: a hard link on Unix).
    /// </summary>
    void Replace(string source, string destination, string backup);

    /// <summary>Deletes the file <paramref name="path"/>; nothing happens when it does not exist.</summary>
    void Delete(string path);
}
