using System.Text;

namespace WorkPlan.Documents.Cli.Output;

/// <summary>
/// Writes files so that a reader never sees a half-written one, and writes several files as one: every content
/// goes to a temporary file beside its target (<see cref="TemporaryFiles"/>), flushed to disk; only when all of them
/// are complete are they renamed over their targets (a rename is atomic within a file system). A failure before
/// that point removes the temporary files and leaves every target as it was.
/// </summary>
/// <remarks>
/// <para>
/// Publishing two files cannot be one atomic step on POSIX (nor on Windows), so the guarantee for a write of several
/// files is exactly this:
/// </para>
/// <list type="number">
/// <item>No target is touched until every file's content is complete on disk (written and flushed). A failure
/// until then (a full disk, a target that is a folder, cancellation) changes no target.</item>
/// <item>The targets are then renamed over one after the other, each rename atomic; a target that existed is first
/// kept as a backup (a hard link, no copy). If a rename fails, the ones already done are undone from their backups
/// (or removed, for targets that did not exist), so all the targets are as they were; the error says so, or names
/// a target that could not be restored.</item>
/// <item>A crash (kill -9, power cut) between two renames leaves some targets new and the others old, plus
/// temporary files: rendering again repairs the targets, and the next run into the folder removes the temporary
/// files (<see cref="TemporaryFiles.RemoveLeftovers"/>). No target is ever half-written or empty.</item>
/// </list>
/// </remarks>
/// <threadsafety>Thread-safe: concurrent writes to different targets do not interfere; concurrent writes to one target leave one complete version.</threadsafety>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file, as the user named it (used in error messages).</param>
    /// <param name="content">The complete content.</param>
    /// <param name="cancellationToken">Cancels before the rename; the target is then untouched.</param>
    /// <exception cref="CliException">The file cannot be written (exit code <see cref="ExitCodes.OutputFailed"/>).</exception>
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteTogetherAsync([new FileContent(path, content)], PhysicalOutputFileSystem.Instance, cancellationToken);

    /// <summary>Writes UTF-8 text (without a byte-order mark) to <paramref name="path"/> atomically.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, Utf8NoBom.GetBytes(text), cancellationToken);

    /// <summary>
    /// Writes <paramref name="files"/> together: all of them are replaced, or (short of a crash) none is; see the
    /// remarks of <see cref="AtomicFile"/> for the exact guarantee.
    /// </summary>
    /// <param name="files">The files; their targets must differ.</param>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="cancellationToken">Cancels before the first rename; the targets are then untouched.</param>
    /// <exception cref="CliException">A file cannot be written (exit code <see cref="ExitCodes.OutputFailed"/>); every target is as it was, unless the message says otherwise.</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the first rename; no target was touched.</exception>
    public static async Task WriteTogetherAsync(IReadOnlyList<FileContent> files, IOutputFileSystem fileSystem, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(fileSystem);

        // Before writing anything: a target that is a folder would only fail at its rename.
        foreach (FileContent file in files)
        {
            if (fileSystem.DirectoryExists(Path.GetFullPath(file.Path)))
            {
                throw new CliException(ExitCodes.OutputFailed, file.Path, "is a folder; expected a file path to write.");
            }
        }

        var staged = new List<StagedFile>(files.Count);
        try
        {
            foreach (FileContent file in files)
            {
                staged.Add(await StagedFile.WriteAsync(fileSystem, file, cancellationToken).ConfigureAwait(false));
            }

            // The last point where cancelling is honoured: past it, the renames run to the end so the files stay a set.
            cancellationToken.ThrowIfCancellationRequested();
            Publish(staged);
        }
        finally
        {
            foreach (StagedFile file in staged)
            {
                file.Discard();
            }
        }
    }

    private static void Publish(List<StagedFile> staged)
    {
        for (int i = 0; i < staged.Count; i++)
        {
            try
            {
                // The last file needs no backup: nothing after it can fail and ask for it back.
                staged[i].Publish(keepBackup: i < staged.Count - 1);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.OutputFailed, staged[i].Path, "cannot be written: " + ex.Message + RollBack(staged, i), ex);
            }
        }
    }

    /// <summary>Undoes the renames before <paramref name="failed"/>; returns what to add to the error message.</summary>
    private static string RollBack(List<StagedFile> staged, int failed)
    {
        if (failed == 0)
        {
            return string.Empty;
        }

        var notRestored = new List<string>();
        for (int i = failed - 1; i >= 0; i--)
        {
            try
            {
                staged[i].RollBack();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                notRestored.Add($"{staged[i].Path} ({ex.Message})");
            }
        }

        return notRestored.Count == 0
            ? $" ({string.Join(", ", staged.Take(failed).Select(f => f.Path))} left as before)"
            : $" ({string.Join(", ", notRestored)} could not be put back as before: render again)";
    }
}
