using WorkPlan.Documents.Utility;

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

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="path"/> as UTF-8 text (a byte-order mark is dropped).</summary>
    /// <exception cref="CliException">The bytes are not UTF-8.</exception>
    public static string DecodeUtf8(string path, byte[] bytes, int exitCode)
    {
        int start = ByteOrderMarkLength(bytes);
        try
        {
            return Utf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            (int line, int column) = LineIndex.OfUtf8(bytes).PositionOf(start + Math.Max(ex.Index, 0));
            throw new CliException(exitCode, path, line, column, "is not UTF-8 text (save it as UTF-8).", ex);
        }
    }

    /// <summary>The length of the UTF-8 byte-order mark <paramref name="bytes"/> start with: 3, or 0 when they have none.</summary>
    public static int ByteOrderMarkLength(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
