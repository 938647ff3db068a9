using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0025: a declaration that can never take effect — an inherited text property (font-size, font-weight,
/// text-align…) set by a class that only tables, cells or lists use, while every paragraph the templates can write
/// sets that property itself to another value. The writers (<see cref="TextContext"/>) hand a container's text
/// properties down to the paragraphs inside, and a paragraph's own class wins, so the container's value never shows
/// (the paragraphs that can be inside are those of the templates that write the container, which must call no partial):
/// <c>.schedule { font-size: 11pt }</c> while every paragraph class sets 12pt.
/// </summary>
/// <remarks>
/// Conservative by design: the analysis says nothing (rather than guess) when any paragraph or list item has no class,
/// when a paragraph's class comes from code it cannot follow (only <c>class="{{ name }}"</c> is followed, to the class
/// names among the template's string literals), when code may give the container class to another element, or when a paragraph
/// class sets the same value (then the declaration is redundant but what its author meant does show). <c>body</c> is
/// never judged: it also sets the document defaults.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class DeadDeclarationAnalysis
{
    /// <summary>A declaration that never takes effect.</summary>
    public static readonly string DeadDeclaration = TemplateDiagnosticDescriptors.IneffectiveDeclaration.Id;

    private static readonly string[] ContainerElements = ["table", "td", "ul"];
    private static readonly string[] ParagraphElements = ["p", "li"];

    /// <summary>Judges the declarations of a stylesheet against the templates that use it.</summary>
    /// <param name="templates">The literal markup of every template of the set.</param>
    /// <param name="sheet">The set's stylesheet, layered.</param>
    /// <returns>The findings, in stylesheet order.</returns>
    public static IReadOnlyList<StyleFinding> Analyze(IReadOnlyList<LiteralMarkup> templates, StyleSheet sheet)
    {
        Utility.Preconditions.NotNull(templates, nameof(templates));
        Utility.Preconditions.NotNull(sheet, nameof(sheet));
        var findings = new List<StyleFinding>();
        if (ParagraphClasses(templates, sheet) is not { } paragraphClasses)
        {
            return findings;
        }

        foreach (var rule in sheet.Rules)
        {
            foreach (string selector in rule.Selectors)
            {
                if (selector == StyleSheet.BodySelector || !IsContainerOnly(selector, templates))
                {
                    continue;
                }

                foreach (var declaration in rule.Declarations)
                {
                    if (ValueOf(declaration.Name, rule.Properties) is not { } value)
                    {
                        continue;
                    }

                    // Overridden by a later rule of the same class: that later value is the one the paragraphs would see.
                    sheet.TryGetClass(selector, out var merged);
                    if (!Equals(ValueOf(declaration.Name, merged), value))
                    {
                        continue;
                    }

                    // Every paragraph anywhere sets the property itself, and every paragraph of the templates that use the
                    // container (the ones that can be inside it: such a template may call no partial) sets another value.
                    var local = templates.Where(t => t.Elements.Any(e => e.Find("class") is { Value: { } n } && n == selector)).ToList();
                    bool everywhereOwn = paragraphClasses.All(name => sheet.TryGetClass(name, out var own) && ValueOf(declaration.Name, own) is not null);
                    bool insideOther = !local.Any(t => t.Text.Contains("partial"))
                        && ParagraphClasses(local, sheet) is { } inside
                        && inside.All(name => sheet.TryGetClass(name, out var own) && !Equals(ValueOf(declaration.Name, own), value));
                    if (everywhereOwn && insideOther)
                    {
                        findings.Add(new StyleFinding(
                            DeadDeclaration,
                            FindingLevel.Warning,
                            rule.SourceName,
                            declaration.Line,
                            declaration.Column,
                            $"'{declaration.Name}' on .{selector} never takes effect: .{selector} is used only on {string.Join(", ", UsedOn(selector, templates).Select(e => "<" + e + ">"))}, and every paragraph class the templates use sets its own {declaration.Name} (inside it: {string.Join(", ", ParagraphClasses(local, sheet)!)}); set it on those classes, or remove it"));
                    }
                }
            }
        }

        return findings;
    }

    /// <summary>The classes every p and li of the templates can have, or null when one of them cannot be known.</summary>
    private static SortedSet<string>? ParagraphClasses(IReadOnlyList<LiteralMarkup> templates, StyleSheet sheet)
    {
        var classes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var markup in templates)
        {
            foreach (var element in markup.Elements)
            {
                if (!element.IsNameComplete || !ParagraphElements.Contains(element.Name))
                {
                    continue;
                }

                if (element.Find("class") is not { } attribute)
                {
                    return null;
                }

                if (attribute.Value is { } name)
                {
                    classes.Add(name);
                }
                else if (attribute.ValueVariable is not null)
                {
                    var chosen = markup.StringLiterals.Where(literal => sheet.TryGetClass(literal, out _)).ToList();
                    if (chosen.Count == 0)
                    {
                        return null;
                    }

                    classes.UnionWith(chosen);
                }
                else
                {
                    return null;
                }
            }
        }

        return classes.Count == 0 ? null : classes;
    }

    /// <summary>
    /// Whether the class is written on tables, cells or lists and nowhere else: no paragraph, item, span or rule has it
    /// literally, or may get it from code (<c>class="{{ style }}"</c> in a template whose string literals name it, or a
    /// class expression the analysis cannot follow).
    /// </summary>
    private static bool IsContainerOnly(string className, IReadOnlyList<LiteralMarkup> templates)
    {
        bool used = false;
        foreach (var markup in templates)
        {
            foreach (var element in markup.Elements)
            {
                if (element.Find("class") is not { } attribute)
                {
                    continue;
                }

                bool container = ContainerElements.Contains(element.Name);
                if (attribute.Value is { } name)
                {
                    if (name == className)
                    {
                        if (!container)
                        {
                            return false;
                        }

                        used = true;
                    }
                }
                else if (!container && (attribute.ValueVariable is null || markup.StringLiterals.Contains(className)))
                {
                    return false;
                }
            }
        }

        return used;
    }

    private static IEnumerable<string> UsedOn(string className, IReadOnlyList<LiteralMarkup> templates) =>
        templates.SelectMany(t => t.Elements)
            .Where(e => e.Find("class") is { Value: { } name } && name == className)
            .Select(e => e.Name)
            .Distinct(StringComparer.Ordinal);

    /// <summary>The value an inherited text property has in <paramref name="properties"/>, or null (also for properties that do not inherit).</summary>
    private static object? ValueOf(string property, StyleProperties properties) => property switch
    {
        "font-family" => properties.FontFamily,
        "font-size" => properties.FontSize,
        "font-weight" => properties.Bold,
        "font-style" => properties.Italic,
        "text-transform" => properties.Uppercase,
        "text-decoration" or "text-decoration-line" => properties.Underline,
        "color" => properties.Color,
        "text-align" => properties.TextAlign,
        "text-indent" => properties.TextIndent,
        "line-height" => properties.LineHeight,
        _ => null,
    };
}
