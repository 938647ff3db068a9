namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// What the containers around a paragraph (<c>table</c>, <c>td</c>, <c>ul</c>) pass down to it, as CSS inheritance
/// does: their merged text properties, and the nearest of their classes that carries text properties (the paragraph
/// style a class-less paragraph takes in Word). Interned: entering the same class from the same context returns the
/// same instance, so writers can cache per context.
/// </summary>
/// <remarks>One tree per render; not thread-safe.</remarks>
internal sealed class TextContext
{
    private readonly StyleResolver styles;
    private readonly Dictionary<string, TextContext> children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleProperties> effective = new(StringComparer.Ordinal);
    private StyleProperties? effectiveWithoutClass;

    private TextContext(StyleResolver styles, StyleProperties inherited, string? paragraphStyleClass)
    {
        this.styles = styles;
        Inherited = inherited;
        ParagraphStyleClass = paragraphStyleClass;
    }

    /// <summary>Gets the inheritable text properties of the containers, merged outermost first.</summary>
    public StyleProperties Inherited { get; }

    /// <summary>Gets the nearest container class with text properties, or null.</summary>
    public string? ParagraphStyleClass { get; }

    /// <summary>Gets a value indicating whether the containers pass any text property down.</summary>
    public bool IsEmpty => ParagraphStyleClass is null;

    /// <summary>Returns the context of a document's body (nothing inherited).</summary>
    /// <param name="styles">The styles of the render.</param>
    /// <returns>The root context.</returns>
    public static TextContext Root(StyleResolver styles) => new(styles, StyleProperties.Empty, null);

    /// <summary>Returns the context inside a container with the given class.</summary>
    /// <param name="className">The container's class, or null.</param>
    /// <returns>The inner context (this one when the class passes nothing down).</returns>
    public TextContext Enter(string? className)
    {
        if (className is null)
        {
            return this;
        }

        if (!children.TryGetValue(className, out var child))
        {
            var text = styles.Class(className).InheritablePart();
            child = text.HasTextProperties ? new TextContext(styles, Inherited.Merge(text), className) : this;
            children.Add(className, child);
        }

        return child;
    }

    /// <summary>Returns the effective values of a paragraph here: body, then the inherited values, then its class.</summary>
    /// <param name="className">The paragraph's class, or null.</param>
    /// <returns>The values.</returns>
    public StyleProperties Effective(string? className)
    {
        if (className is null)
        {
            return effectiveWithoutClass ??= styles.Body.Merge(Inherited);
        }

        if (!effective.TryGetValue(className, out var result))
        {
            result = styles.Body.Merge(Inherited).Merge(styles.Class(className));
            effective.Add(className, result);
        }

        return result;
    }
}
