using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

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
    private readonly CountingOutput probe = new();

    /// <summary>Creates the context of one render.</summary>
    /// <param name="builtins">The render's builtins (<see cref="RenderBuiltins"/>).</param>
    public MarkupTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>
    /// Returns whether the last text written ended with a line feed (Scriban's private flag that decides whether the
    /// next text gets the current indent), and clears it, as writing any text that does not end a line would.
    /// </summary>
    /// <returns>True when the next text written would get the indent.</returns>
    /// <remarks>
    /// Scriban does not expose the flag, so this asks it: writes one character with a one-character indent into a
    /// throwaway output; the indent is written first exactly when the flag is set. Output limits are off for
    /// renders (<c>OutputLimit = 0</c>), so the two characters count against nothing.
    /// </remarks>
    public bool TakeLineStart()
    {
        string? indent = CurrentIndent;
        probe.Count = 0;
        PushOutput(probe);
        try
        {
            CurrentIndent = " ";
            Write("x");
        }
        finally
        {
            PopOutput();
            CurrentIndent = indent;
        }

        return probe.Count > 1;
    }

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

    /// <summary>An output that only counts what it is given.</summary>
    private sealed class CountingOutput : IScriptOutput
    {
        public int Count { get; set; }

        public void Write(string text, int offset, int count) => Count += count;

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Count += count;
            return default;
        }
    }
}
