namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>Text to show exactly as given (white space already collapsed or preserved; may contain tabs).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutText : LayoutInline
{
    /// <summary>Creates the run.</summary>
    /// <param name="text">The text, not empty.</param>
    /// <param name="format">The formatting.</param>
    public LayoutText(string text, InlineFormat format)
        : base(format) => Text = text;

    /// <summary>Gets the text.</summary>
    public string Text { get; }
}
