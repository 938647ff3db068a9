namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>Template files given in memory, by file name.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class MemoryTemplateSource : ITemplateSource
{
    private readonly IReadOnlyDictionary<string, string> files;

    public MemoryTemplateSource(IReadOnlyDictionary<string, string> files)
    {
        this.files = files;
    }

    public IEnumerable<KeyValuePair<string, string>> Files => files;

    public TemplateFile? TryLoad(string fileName) =>
        files.TryGetValue(fileName, out string? text) ? new TemplateFile(fileName, text, fileName) : null;

    /// <inheritdoc/>
    public IEnumerable<string> FileNames() => files.Keys;
}
