namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Tells whether a file of a template folder is a symbolic link that leaves the folder, for the readers and writers of
/// template folders (<see cref="FolderTemplateSource"/>, <c>workplan templates export</c>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class FolderLinks
{
    /// <summary>
    /// Describes where the link at <paramref name="path"/> leads when that is outside <paramref name="folder"/>, e.g.
    /// <c>"/etc/passwd"</c> (quoted); returns null when the file is no link, stays inside, or does not exist.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="path">A file directly in the folder.</param>
    /// <returns>The description of the target outside, or null.</returns>
    public static string? OutsideTarget(string folder, string path)
    {
        FileAttributes attributes;
        try
        {
            attributes = File.GetAttributes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if ((attributes & FileAttributes.ReparsePoint) == 0)
        {
            return null;
        }

#if NET8_0_OR_GREATER
        FileSystemInfo? target;
        try
        {
            target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        }
        catch (IOException)
        {
            target = null;
        }

        if (target is null)
        {
            return "a target that cannot be resolved";
        }

        string targetFolder = Path.GetDirectoryName(Path.GetFullPath(target.FullName)) ?? string.Empty;
        return string.Equals(TrimEnd(targetFolder), TrimEnd(Path.GetFullPath(folder)), PathComparison)
            ? null
            : "\"" + target.FullName + "\"";
#else
        // netstandard2.0 has no API that reads a link's target: every link is refused rather than followed blindly.
        return "a target this build of the library cannot resolve (netstandard2.0)";
#endif
    }

    /// <summary>Throws when <paramref name="path"/> is a link that leaves <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="path">A file directly in the folder.</param>
    /// <exception cref="UnauthorizedAccessException">The file is a symbolic link to a file outside the folder.</exception>
    public static void CheckInside(string folder, string path)
    {
        if (OutsideTarget(folder, path) is { } target)
        {
            throw new UnauthorizedAccessException(
                $"\"{path}\" is a symbolic link to {target}, outside the template folder \"{folder}\"; links that leave the folder are refused.");
        }
    }

    /// <summary>Throws when a file directly in <paramref name="folder"/> is a link that leaves it (sub-folders are never read, so their links do not matter).</summary>
    /// <param name="folder">The folder's full path.</param>
    /// <exception cref="UnauthorizedAccessException">A file is a symbolic link to a file outside the folder.</exception>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    public static void CheckFolder(string folder)
    {
        foreach (string path in Directory.EnumerateFiles(folder))
        {
            CheckInside(folder, path);
        }
    }

    private static StringComparison PathComparison =>
        Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static string TrimEnd(string folder) => folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}
