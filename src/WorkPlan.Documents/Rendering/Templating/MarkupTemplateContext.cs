using Scriban;
using Scriban.Parsing;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The Scriban context of one render: escapes every value a template writes (the value-to-string hook for
/// <c>{{ value }}</c>), and passes <see cref="RawMarkup"/> — partial output and <c>raw</c> values — through unchanged.
/// </summary>
/// <remarks>
/// Template text outside <c>{{ }}</c> is markup written by the author and is not escaped. A <c>capture</c> block
/// yields a plain string of already-escaped markup; write it with <c>raw</c>.
/// </remarks>
/// <threadsafety>Not thread-safe: one instance per render.</threadsafety>
internal sealed class MarkupTemplateContext : TemplateContext
{
    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => this,
            RawMarkup raw => Write(raw.Markup),
            _ => Write(MarkupEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty)),
        };

    /// <inheritdoc />
    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        textAsObject switch
        {
            null => new ValueTask<TemplateContext>(this),
            RawMarkup raw => WriteAsync(raw.Markup),
            _ => WriteAsync(MarkupEscaper.Escape(ObjectToString(textAsObject) ?? string.Empty)),
        };
}
