using System.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

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
    private long deadline = long.MaxValue;
    private CancellationTokenSource? budget;

    /// <summary>Creates the context of one render.</summary>
    /// <param name="builtins">The render's builtins (<see cref="RenderBuiltins"/>).</param>
    public MarkupTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>
    /// Stops the render through <paramref name="source"/> once <paramref name="timeBudget"/> has passed, checked at
    /// every loop step as well as by the source's own timer. The timer needs a thread-pool thread to fire, and on a
    /// loaded machine one may come seconds late; the check here keeps a runaway loop to its budget regardless.
    /// </summary>
    /// <param name="source">The render's budget token source (linked to the caller's token).</param>
    /// <param name="timeBudget">The budget; <see cref="Timeout.InfiniteTimeSpan"/> for none.</param>
    public void LimitTime(CancellationTokenSource source, TimeSpan timeBudget)
    {
        budget = source;
        deadline = timeBudget == Timeout.InfiniteTimeSpan
            ? long.MaxValue
            : Stopwatch.GetTimestamp() + (long)(timeBudget.TotalSeconds * Stopwatch.Frequency);
    }

    /// <inheritdoc />
    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (budget is { } source && Stopwatch.GetTimestamp() > deadline && !source.IsCancellationRequested)
        {
            source.Cancel();
        }

        return base.OnStepLoop(loop);
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
