using System.Text;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>Template files in a folder on disk (UTF-8), by file name; sub-folders are not searched.</summary>
/// <remarks>
/// <para>File names are checked by <see cref="TemplateSet"/> (no separators, no "..") before they reach here.</para>
/// <para>
/// A file that is a symbolic link (or another reparse point) is read only when it resolves to a file inside the folder:
/// a link out of it — to /etc/passwd, to another user's files — would put text the folder's author does not own into
/// the document, so it is refused with an <see cref="UnauthorizedAccessException"/> naming the file and its target.
/// The netstandard2.0 build cannot resolve links and refuses every one.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class FolderTemplateSource : ITemplateSource
{
    public FolderTemplateSource(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public TemplateFile? TryLoad(string fileName)
    {
        string path = Path.Combine(Folder, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        FolderLinks.CheckInside(Folder, path);
        return new TemplateFile(fileName, File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <inheritdoc/>
    public IEnumerable<string> FileNames() =>
        Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Where(name => name is not null && TemplateSet.IsPlainName(name)).Select(name => name!);
}
