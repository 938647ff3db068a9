namespace WorkPlan.Documents.Cli.Output;

/// <summary>
/// One file of an <see cref="AtomicFile"/> write: its content complete on disk in a temporary file beside the target,
/// then published (renamed over the target), and, if a later file of the same write fails, rolled back.
/// </summary>
/// <threadsafety>Not thread-safe: one write uses it.</threadsafety>
internal sealed class StagedFile
{
    private readonly IOutputFileSystem fileSystem;
    private readonly string temporary;
    private string? backup;
    private bool published;

    private StagedFile(IOutputFileSystem fileSystem, string path, string target, string temporary)
    {
        this.fileSystem = fileSystem;
        Path = path;
        Target = target;
        this.temporary = temporary;
    }

    /// <summary>Gets the target path as the user named it.</summary>
    public string Path { get; }

    /// <summary>Gets the full target path.</summary>
    public string Target { get; }

    /// <summary>Writes <paramref name="file"/>'s content to a new temporary file, creating the folder if needed.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancels the write; the temporary file is then removed.</param>
    /// <returns>The staged file; nothing is visible at the target yet.</returns>
    /// <exception cref="CliException">The temporary file cannot be written (exit <see cref="ExitCodes.OutputFailed"/>); it is removed.</exception>
    public static async Task<StagedFile> WriteAsync(IOutputFileSystem fileSystem, FileContent file, CancellationToken cancellationToken)
    {
        string target = System.IO.Path.GetFullPath(file.Path);
        string temporary = TemporaryFiles.NewPath(target);
        try
        {
            fileSystem.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            await fileSystem.WriteNewAsync(temporary, file.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Whatever the failure (cancellation, even a bug), the partial temporary file goes.
            TryDelete(fileSystem, temporary);
            if (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.OutputFailed, file.Path, "cannot be written: " + ex.Message, ex);
            }

            throw;
        }

        return new StagedFile(fileSystem, file.Path, target, temporary);
    }

    /// <summary>
    /// Renames the temporary file over the target. With <paramref name="keepBackup"/>, a target already there is first
    /// kept as a backup (a hard link on Unix, so nothing is copied), which <see cref="RollBack"/> restores.
    /// </summary>
    /// <exception cref="IOException">The rename failed; the target is as it was.</exception>
    /// <exception cref="UnauthorizedAccessException">The rename is not permitted; the target is as it was.</exception>
    public void Publish(bool keepBackup)
    {
        if (keepBackup && fileSystem.FileExists(Target))
        {
            // Set first, so that Discard removes a backup made by a Replace that then failed.
            backup = TemporaryFiles.NewPath(Target);
            fileSystem.Replace(temporary, Target, backup);
        }
        else
        {
            fileSystem.Move(temporary, Target);
        }

        published = true;
    }

    /// <summary>Undoes <see cref="Publish"/>: puts the backup back, or removes the target when there was none before.</summary>
    /// <exception cref="IOException">The target could not be restored.</exception>
    /// <exception cref="UnauthorizedAccessException">The target could not be restored.</exception>
    public void RollBack()
    {
        if (!published)
        {
            return;
        }

        if (backup is not null)
        {
            fileSystem.Move(backup, Target);
            backup = null;
        }
        else
        {
            fileSystem.Delete(Target);
        }

        published = false;
    }

    /// <summary>Removes what is left of this write: the temporary file if not published, and the backup. Never throws.</summary>
    public void Discard()
    {
        if (!published)
        {
            TryDelete(fileSystem, temporary);
        }

        if (backup is not null)
        {
            TryDelete(fileSystem, backup);
            backup = null;
        }
    }

    private static void TryDelete(IOutputFileSystem fileSystem, string path)
    {
        try
        {
            fileSystem.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder is unwritable or gone. What is left follows the temporary naming pattern, and the next
            // render into this folder removes it (TemporaryFiles.RemoveLeftovers).
        }
    }
}
