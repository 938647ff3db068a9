namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>One layer of a <see cref="TemplateSet"/>: in-memory overrides, a folder, or embedded resources.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
internal interface ITemplateSource
{
    /// <summary>Loads a file, or returns null when this layer does not have it.</summary>
    /// <param name="fileName">The checked file name, e.g. "header.sbn-html".</param>
    /// <returns>The file, or null.</returns>
    TemplateFile? TryLoad(string fileName);

    /// <summary>Lists the names of the files this source holds (plain names, no folders), for the template checker.</summary>
    /// <returns>The file names, in no particular order.</returns>
    IEnumerable<string> FileNames();
}
