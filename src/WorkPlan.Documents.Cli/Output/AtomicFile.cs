using System.Globalization;

namespace WorkPlan.Documents.Cli.Output;

/// <summary>
/// Writes files so that a reader never sees a half-written one: the content goes to a temporary file in the same
/// folder, which is flushed to disk and then renamed over the target (rename is atomic within a file system). On any
/// failure the temporary file is removed and the target is left as it was.
/// </summary>
/// <threadsafety>Thread-safe: concurrent writes to different targets do not interfere; concurrent writes to one target leave one complete version.</threadsafety>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file, as the user named it (used in error messages).</param>
    /// <param name="content">The complete content.</param>
    /// <param name="cancellationToken">Cancels before the rename; the target is then untouched.</param>
    /// <exception cref="CliException">The file cannot be written (exit code <see cref="ExitCodes.OutputFailed"/>).</exception>
    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        string target = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(target)!;
        if (Directory.Exists(target))
        {
            throw new CliException(ExitCodes.OutputFailed, path, "is a folder; expected a file path to write.");
        }

        string temporary = Path.Combine(
            folder,
            string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp"));
        try
        {
            Directory.CreateDirectory(folder);
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(temporary);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            throw new CliException(ExitCodes.OutputFailed, path, "cannot be written: " + ex.Message, ex);
        }
    }

    /// <summary>Writes UTF-8 text (without a byte-order mark) to <paramref name="path"/> atomically.</summary>
    public static Task WriteTextAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), cancellationToken);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The folder itself is unwritable or gone; there is no temporary file to clean up.
        }
    }
}
