namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// A stylesheet in the documented CSS subset (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see>): one rule set per style class, plus <c>body</c>
/// for the document defaults. The HTML writer embeds it as CSS and the DOCX writer turns each class into a Word style.
/// </summary>
/// <remarks>
/// <para>
/// Parsed with ExCSS; every selector, property and value is checked, and anything outside the subset is a
/// <see cref="StyleSheetException"/> naming the source, line and column. Parse once and reuse: a stylesheet is
/// immutable.
/// </para>
/// <para>
/// Internal: a renderer parses its template set's stylesheet files (set with <c>TemplateSet.WithStyleSheet</c> and
/// <c>ExtendStyleSheet</c>) once and caches the result, so no public API takes a stylesheet.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe; one instance can serve concurrent renders.</threadsafety>
internal sealed class StyleSheet
{
    /// <summary>The selector of the document defaults.</summary>
    internal const string BodySelector = "body";

    private readonly Dictionary<string, StyleProperties> classes;

    private StyleSheet(IReadOnlyList<StyleRuleSet> rules)
    {
        Rules = rules;
        classes = new Dictionary<string, StyleProperties>(StringComparer.Ordinal);
        var order = new List<string>();
        var body = StyleProperties.Empty;
        foreach (var rule in rules)
        {
            foreach (string selector in rule.Selectors)
            {
                if (selector == BodySelector)
                {
                    body = body.Merge(rule.Properties);
                }
                else if (classes.TryGetValue(selector, out var earlier))
                {
                    classes[selector] = earlier.Merge(rule.Properties);
                }
                else
                {
                    classes.Add(selector, rule.Properties);
                    order.Add(selector);
                }
            }
        }

        Body = body;
        ClassNames = order;
    }

    /// <summary>Gets the rules in order (the base sheet's first, then each extension's).</summary>
    internal IReadOnlyList<StyleRuleSet> Rules { get; }

    /// <summary>Gets the merged values of <c>body</c>.</summary>
    internal StyleProperties Body { get; }

    /// <summary>Gets the class names in the order they are first defined.</summary>
    internal IReadOnlyList<string> ClassNames { get; }

    /// <summary>Parses a stylesheet.</summary>
    /// <param name="css">The CSS text.</param>
    /// <param name="sourceName">The name of the stylesheet in error messages (a file or resource name).</param>
    /// <returns>The stylesheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="css"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="StyleSheetException">The CSS is outside the supported subset.</exception>
    public static StyleSheet Parse(string css, string sourceName)
    {
        if (css is null)
        {
            throw new ArgumentNullException(nameof(css), "The stylesheet text must not be null.");
        }

        if (sourceName is null)
        {
            throw new ArgumentNullException(nameof(sourceName), "The stylesheet's source name must not be null.");
        }

        return new StyleSheet(StyleSheetParser.Parse(css, sourceName));
    }

    /// <summary>
    /// Returns a stylesheet with the rules of <paramref name="overrides"/> after this sheet's, so that its values win
    /// where both set a property of the same class (CSS order), and the rest of this sheet stays.
    /// </summary>
    /// <param name="overrides">The rules to add.</param>
    /// <returns>The combined stylesheet; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="overrides"/> is null.</exception>
    public StyleSheet Extend(StyleSheet overrides)
    {
        if (overrides is null)
        {
            throw new ArgumentNullException(nameof(overrides), "The overriding stylesheet must not be null.");
        }

        var rules = new List<StyleRuleSet>(Rules.Count + overrides.Rules.Count);
        rules.AddRange(Rules);
        rules.AddRange(overrides.Rules);
        return new StyleSheet(rules);
    }

    /// <summary>Returns the merged values of a class.</summary>
    /// <param name="className">The class name.</param>
    /// <param name="properties">The values, when the class is defined.</param>
    /// <returns>True when the stylesheet defines the class.</returns>
    internal bool TryGetClass(string className, out StyleProperties properties)
    {
        if (classes.TryGetValue(className, out var found))
        {
            properties = found;
            return true;
        }

        properties = StyleProperties.Empty;
        return false;
    }
}
