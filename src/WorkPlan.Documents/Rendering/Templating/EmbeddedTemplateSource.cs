using System.Reflection;
using System.Text;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>Template files embedded as resources of an assembly, named <c>{prefix}{fileName}</c>.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class EmbeddedTemplateSource : ITemplateSource
{
    private readonly Assembly assembly;
    private readonly string prefix;

    public EmbeddedTemplateSource(Assembly assembly, string prefix)
    {
        this.assembly = assembly;
        this.prefix = prefix;
    }

    public TemplateFile? TryLoad(string fileName)
    {
        using Stream? stream = assembly.GetManifestResourceStream(prefix + fileName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new TemplateFile(fileName, reader.ReadToEnd(), fileName);
    }

    /// <inheritdoc/>
    public IEnumerable<string> FileNames() =>
        assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length)
            .Select(name => name.Substring(prefix.Length));
}
