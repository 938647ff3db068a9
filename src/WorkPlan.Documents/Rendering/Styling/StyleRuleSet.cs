namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>One rule of a stylesheet after checking: the classes it selects (or <c>body</c>) and the values it sets.</summary>
/// <param name="Selectors">The class names, or <see cref="StyleSheet.BodySelector"/>, in the order written.</param>
/// <param name="Properties">The values the rule sets.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record StyleRuleSet(IReadOnlyList<string> Selectors, StyleProperties Properties)
{
    /// <summary>Gets the name of the stylesheet the rule was read from (empty for a rule made in code).</summary>
    public string SourceName { get; init; } = string.Empty;

    /// <summary>Gets the 1-based line of the rule's selector (0 when unknown).</summary>
    public int Line { get; init; }

    /// <summary>Gets the 1-based column of the rule's selector (0 when unknown).</summary>
    public int Column { get; init; }

    /// <summary>Gets the declarations as written, in order, with their positions (for the template checker).</summary>
    public IReadOnlyList<StyleDeclarationPosition> Declarations { get; init; } = [];
}
