using Scriban;
using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>A partial parsed once and shared by every render of a renderer.</summary>
/// <remarks>Scriban's <see cref="Template"/> is immutable after parsing and safe to render from several threads.</remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class CompiledPartial
{
    public CompiledPartial(string name, TemplateFile file, Template template)
    {
        Name = name;
        File = file;
        Template = template;
        BeginMarker = "<?" + LayoutMarkupVocabulary.PartialBegin + " " + name + "?>";
        EndMarker = "<?" + LayoutMarkupVocabulary.PartialEnd + " " + name + "?>";
    }

    /// <summary>Gets the partial's name, e.g. "header".</summary>
    public string Name { get; }

    /// <summary>Gets the file it was parsed from.</summary>
    public TemplateFile File { get; }

    /// <summary>Gets the parsed template.</summary>
    public Template Template { get; }

    /// <summary>Gets the marker written before the partial's output: <c>&lt;?partial-begin name?&gt;</c>.</summary>
    public string BeginMarker { get; }

    /// <summary>Gets the marker written after the partial's output: <c>&lt;?partial-end name?&gt;</c>.</summary>
    public string EndMarker { get; }

    /// <summary>Wraps the partial's output in its markers, which the layout reader tracks to name the partial in errors.</summary>
    /// <param name="output">The partial's output.</param>
    /// <returns>The wrapped markup.</returns>
    public RawMarkup Wrap(string output) => new(BeginMarker + output + EndMarker);
}
