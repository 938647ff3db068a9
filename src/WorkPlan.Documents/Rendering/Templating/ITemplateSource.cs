namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>One layer of a <see cref="TemplateSet"/>: in-memory overrides, a folder, or embedded resources.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
internal interface ITemplateSource
{
    /// <summary>Loads a file, or returns null when this layer does not have it.</summary>
    /// <param name="fileName">The checked file name, e.g. "header.sbn-html".</param>
    /// <returns>The file, or null.</returns>
    TemplateFile? TryLoad(string fileName);
}
