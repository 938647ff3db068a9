namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>A file of a template set (a partial, the stylesheet or the column declaration) and where it came from.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class TemplateFile
{
    public TemplateFile(string name, string text, string sourcePath)
    {
        Name = name;
        Text = text;
        SourcePath = sourcePath;
    }

    /// <summary>Gets the file name within the set, e.g. "header.sbn-html".</summary>
    public string Name { get; }

    /// <summary>Gets the file's text.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets where the text came from, as error messages name it: the full path of a folder file, or the bare file
    /// name for an in-memory override or an embedded resource.
    /// </summary>
    public string SourcePath { get; }
}
