namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>One rule of a stylesheet after checking: the classes it selects (or <c>body</c>) and the values it sets.</summary>
/// <param name="Selectors">The class names, or <see cref="StyleSheet.BodySelector"/>, in the order written.</param>
/// <param name="Properties">The values the rule sets.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record StyleRuleSet(IReadOnlyList<string> Selectors, StyleProperties Properties);
