using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The compiled partials of one template set: each partial is parsed once, on first use, and shared by every render
/// of the renderer. A partial with a syntax error is a <see cref="TemplateException"/> at its own line and column,
/// the same one on every call.
/// </summary>
/// <threadsafety>Thread-safe: concurrent renders share one cache.</threadsafety>
internal sealed class PartialCache
{
    private readonly ConcurrentDictionary<string, Lazy<CompiledPartial?>> partials = new(StringComparer.Ordinal);
    private readonly Func<string, Lazy<CompiledPartial?>> createEntry;

    /// <summary>Creates an empty cache over <paramref name="set"/>.</summary>
    /// <param name="set">The template set.</param>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public PartialCache(TemplateSet set)
    {
        Set = set ?? throw new ArgumentNullException(nameof(set));

        // Made once: a lambda over this, written at the call, would allocate a new delegate on every Find.
        createEntry = name => new Lazy<CompiledPartial?>(() => Compile(name), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the template set.</summary>
    public TemplateSet Set { get; }

    /// <summary>Returns the parsed partial, parsing it on first use; null when the set has no such partial.</summary>
    /// <param name="name">The partial's name, e.g. "header".</param>
    /// <returns>The partial, or null.</returns>
    /// <exception cref="TemplateException">The partial has a syntax error (the same error on every call).</exception>
    public CompiledPartial? Find(string name)
    {
        if (!TemplateSet.IsPlainName(name))
        {
            return null;
        }

        return partials.GetOrAdd(name, createEntry).Value;
    }

    /// <summary>Returns the already parsed partial whose file is <paramref name="sourcePath"/>, or null.</summary>
    /// <param name="sourcePath">The file's path as the set knows it (<see cref="TemplateFile.SourcePath"/>).</param>
    /// <returns>The partial, or null when none parsed so far comes from that file.</returns>
    public CompiledPartial? FindParsed(string? sourcePath) =>
        partials.Values
            .Where(lazy => lazy.IsValueCreated)
            .Select(lazy => lazy.Value)
            .FirstOrDefault(p => p is not null && string.Equals(p.File.SourcePath, sourcePath, StringComparison.Ordinal));

    private CompiledPartial? Compile(string name)
    {
        TemplateFile? file = Set.Find(TemplateSet.PartialFileName(name));
        if (file is null)
        {
            return null;
        }

        Template template = Template.Parse(file.Text, file.SourcePath);
        if (template.HasErrors)
        {
            var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error).ToList();
            LogMessage first = errors[0];
            if (UnclosedBlockLocator.ReachesEnd(file.Text, errors) && UnclosedBlockLocator.Find(file.Text, file.SourcePath) is { Count: > 0 } open)
            {
                // Scriban reports a missing end at the end of the file; the author needs the block's opening tag.
                (string keyword, int line, int column) = open[open.Count - 1];
                throw new TemplateException(UnclosedBlockMessage(keyword), name, file.SourcePath, line, column);
            }

            string reason = string.Join(
                "; ",
                errors.Select((m, i) => i == 0 ? m.Message : $"({m.Span.Start.Line + 1},{m.Span.Start.Column + 1}) {m.Message}"));
            throw new TemplateException(reason, name, file.SourcePath, first.Span.Start.Line + 1, first.Span.Start.Column + 1);
        }

        return new CompiledPartial(name, file, template);
    }

    /// <summary>The message of a block without <c>end</c>, the same at render and in the checker (WPT0002).</summary>
    internal static string UnclosedBlockMessage(string keyword) =>
        "the \"" + keyword + "\" block opened here has no \"{{ end }}\" (the engine reached the end of the file looking for it)";
}
