using System.Globalization;
using System.Text.RegularExpressions;

namespace WorkPlan.Documents.Cli.Output;

/// <summary>
/// Names the temporary files output writing uses and removes those an interrupted run left behind. A temporary file
/// lives beside its target (same folder, so renaming it over the target is atomic) and is named
/// <c>.&lt;target name&gt;.&lt;32 lowercase hex digits&gt;.workplan-tmp</c>, e.g.
/// <c>.plan.docx.3f2a…9c.workplan-tmp</c>: hidden on Unix, and specific enough that no file a user made is mistaken
/// for one. The same names serve the backups a batch keeps while it publishes an input's files together.
/// </summary>
/// <threadsafety>Thread-safe.</threadsafety>
internal static partial class TemporaryFiles
{
    /// <summary>The name ending of every temporary file.</summary>
    public const string Extension = ".workplan-tmp";

    /// <summary>Returns a fresh temporary path beside <paramref name="target"/>.</summary>
    /// <param name="target">The full path of the file the temporary stands for.</param>
    public static string NewPath(string target)
    {
        string folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{target}' has no folder.", nameof(target));
        return Path.Combine(
            folder,
            string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{Extension}"));
    }

    /// <summary>Tells whether <paramref name="fileName"/> (a name, not a path) is one of ours.</summary>
    public static bool IsTemporary(string fileName) => Pattern().IsMatch(fileName);

    /// <summary>
    /// Removes the temporary files (only those whose names match, never a folder, never anything else) directly in
    /// <paramref name="folder"/>: what a run killed before it could clean up (kill -9, a power cut) left behind.
    /// </summary>
    /// <param name="folder">The output folder; nothing happens when it does not exist.</param>
    /// <param name="fileSystem">The file system.</param>
    /// <returns>The files removed, and those that could not be, with the reason.</returns>
    /// <remarks>
    /// Run it before a run writes into the folder, and do not write into one folder with two runs at once: the second
    /// run's clean-up would remove the first's temporary files, and the first would then fail those inputs (without
    /// damaging any document).
    /// </remarks>
    public static LeftoverRemoval RemoveLeftovers(string folder, IOutputFileSystem fileSystem)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(fileSystem);
        var removed = new List<string>();
        var failed = new List<(string Path, string Reason)>();
        string full = Path.GetFullPath(folder);
        if (!fileSystem.DirectoryExists(full))
        {
            return new LeftoverRemoval(removed, failed);
        }

        foreach (string file in fileSystem.EnumerateFiles(full, "*" + Extension).Order(StringComparer.Ordinal).ToList())
        {
            if (!IsTemporary(Path.GetFileName(file)))
            {
                continue;
            }

            try
            {
                fileSystem.Delete(file);
                removed.Add(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failed.Add((file, ex.Message));
            }
        }

        return new LeftoverRemoval(removed, failed);
    }

    // '\z', not '$': '$' would also match before a final line break. Guid "N" is lowercase hex.
    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.workplan-tmp\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
