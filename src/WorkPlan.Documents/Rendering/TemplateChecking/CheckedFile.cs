using Scriban;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>One file of the checked set, as the checks see it: name, text, layer, and for a partial its parse.</summary>
/// <threadsafety>Immutable once made; the parsed template is only read.</threadsafety>
internal sealed class CheckedFile
{
    private LineIndex? lines;

    public CheckedFile(string name, string text, TemplateFileLayer layer, Template? template)
    {
        Name = name;
        Text = text;
        Layer = layer;
        Template = template;
    }

    /// <summary>Gets the file name relative to the set's folder, e.g. <c>signature.sbn-html</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the layer the file comes from (the file the set actually uses: an override hides the default).</summary>
    public TemplateFileLayer Layer { get; }

    /// <summary>Gets the parsed template of a partial (<c>*.sbn-html</c>), with spans; null for other files.</summary>
    public Template? Template { get; }

    /// <summary>Gets whether the file is a partial.</summary>
    public bool IsPartial => Name.EndsWith(TemplateSet.PartialExtension, StringComparison.Ordinal);

    /// <summary>Gets the partial's name (the file name without <c>.sbn-html</c>); the file name for other files.</summary>
    public string PartialName => IsPartial ? Name.Substring(0, Name.Length - TemplateSet.PartialExtension.Length) : Name;

    /// <summary>Gets the line index of the text (made on first use), for offsets to lines and columns.</summary>
    public LineIndex Lines => lines ??= LineIndex.Of(Text);
}
