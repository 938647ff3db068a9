namespace WorkPlan.Documents.Cli.Input;

/// <summary>Reads the files the user names, turning every file-system failure into a one-line error naming the file.</summary>
internal static class InputFile
{
    /// <summary>Reads the whole of <paramref name="path"/>.</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="exitCode">The exit code for a failure (which kind of input this is).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The file's bytes.</returns>
    /// <exception cref="CliException">The file is missing, a folder, or unreadable.</exception>
    public static async Task<byte[]> ReadAllBytesAsync(string path, int exitCode, CancellationToken cancellationToken)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new CliException(exitCode, path, "is a folder; expected a file.");
            }

            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException(exitCode, path, "file not found.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliException(exitCode, path, "cannot be read: permission denied.", ex);
        }
        catch (IOException ex)
        {
            throw new CliException(exitCode, path, "cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Reads <paramref name="path"/> as UTF-8 text, refusing bytes that are not UTF-8.</summary>
    /// <exception cref="CliException">The file is missing, unreadable or not UTF-8.</exception>
    public static async Task<string> ReadUtf8TextAsync(string path, int exitCode, CancellationToken cancellationToken)
    {
        byte[] bytes = await ReadAllBytesAsync(path, exitCode, cancellationToken).ConfigureAwait(false);
        try
        {
            return Utf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            (int line, int column) = TextPosition.OfByte(bytes, ex.Index < 0 ? 0 : ex.Index);
            throw new CliException(exitCode, path, line, column, "is not UTF-8 text (save it as UTF-8).", ex);
        }
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
