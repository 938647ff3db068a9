namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Text a template writes as markup, unescaped: the output of a partial, or a value passed through the <c>raw</c>
/// function. Everything else a template writes is escaped.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class RawMarkup
{
    public RawMarkup(string markup)
    {
        Markup = markup;
    }

    /// <summary>Gets the markup.</summary>
    public string Markup { get; }

    /// <summary>Returns the markup.</summary>
    /// <returns>The markup.</returns>
    public override string ToString() => Markup;
}
