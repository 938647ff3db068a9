namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>The number of the current page (<c>&lt;page-number/&gt;</c>): a PAGE field in Word, a CSS page counter in HTML.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutPageNumber : LayoutInline
{
    /// <summary>Creates the field.</summary>
    /// <param name="format">The formatting around the field.</param>
    public LayoutPageNumber(InlineFormat format)
        : base(format)
    {
    }
}
