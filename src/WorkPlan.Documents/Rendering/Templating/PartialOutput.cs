using Scriban.Runtime;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The output a partial renders into when <see cref="PartialFunction"/> writes it in place: passes the text straight
/// on to the caller's output, indenting it on the way exactly as Scriban would have indented the partial's whole
/// output written as one value at the call site.
/// </summary>
/// <remarks>
/// <para>
/// Written as a value, a partial's output went through <c>TemplateContext.Write</c> with the call site's
/// <c>CurrentIndent</c> (Scriban's auto-indent: the whitespace before <c>{{</c>): that indent is written before every
/// character that follows a line feed. That rule depends only on the previous character, so applying it chunk by chunk
/// as the partial renders gives the same text; nested partials chain their outputs and indent in turn, as nested
/// values did. The indent never contains a line feed (Scriban takes it from the line's leading whitespace).
/// </para>
/// <para>
/// <see cref="ToString"/> returns the empty string: <c>Template.Render</c> reads its output's text to return it, and
/// the text is already in the caller's output — this is what saves copying each partial's text.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe: one instance per partial call.</threadsafety>
internal sealed class PartialOutput : IScriptOutput
{
    private readonly IScriptOutput parent;
    private readonly string? indent;

    /// <summary>Creates the output of one partial call.</summary>
    /// <param name="parent">The caller's output.</param>
    /// <param name="root">The text at the end of the chain of outputs, where the text lands.</param>
    /// <param name="indent">The call site's indent; null or empty for none.</param>
    public PartialOutput(IScriptOutput parent, IMarkupRoot root, string? indent)
    {
        this.parent = parent;
        Root = root;
        this.indent = string.IsNullOrEmpty(indent) ? null : indent;
    }

    /// <summary>Gets the text at the end of the chain, where the text lands.</summary>
    public IMarkupRoot Root { get; }

    /// <summary>Gets a value indicating whether the last character written was a line feed (the next gets the indent).</summary>
    public bool AtLineStart { get; private set; }

    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        if (indent is null)
        {
            parent.Write(text, offset, count);
            AtLineStart = text[offset + count - 1] == '\n';
            return;
        }

        int end = offset + count;
        while (offset < end)
        {
            if (AtLineStart)
            {
                parent.Write(indent, 0, indent.Length);
                AtLineStart = false;
            }

            int lineFeed = text.IndexOf('\n', offset, end - offset);
            if (lineFeed < 0)
            {
                parent.Write(text, offset, end - offset);
                return;
            }

            parent.Write(text, offset, lineFeed + 1 - offset);
            AtLineStart = true;
            offset = lineFeed + 1;
        }
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    /// <summary>Returns the empty string: the text went on to the caller's output.</summary>
    /// <returns>The empty string.</returns>
    public override string ToString() => string.Empty;
}
