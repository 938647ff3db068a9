using System.Text;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>Template files in a folder on disk (UTF-8), by file name; sub-folders are not searched.</summary>
/// <remarks>File names are checked by <see cref="TemplateSet"/> (no separators, no "..") before they reach here.</remarks>
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
        return File.Exists(path) ? new TemplateFile(fileName, File.ReadAllText(path, Encoding.UTF8), path) : null;
    }
}
