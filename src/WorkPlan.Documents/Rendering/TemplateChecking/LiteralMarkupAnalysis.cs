using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0020–WPT0022: literal markup outside the layout vocabulary — an element, an attribute or an attribute value
/// the layout reader would refuse, judged by the reader's own tables (<see cref="LayoutMarkupVocabulary"/>), in every
/// branch of the template. What code writes (an expression's value, a name built by code) is not judged here: the
/// reader judges it when a render reaches it.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class LiteralMarkupAnalysis
{
    /// <summary>An element the layout markup does not have.</summary>
    public static readonly string UnknownElement = TemplateDiagnosticDescriptors.MarkupElement.Id;

    /// <summary>An attribute the element does not take.</summary>
    public static readonly string UnknownAttribute = TemplateDiagnosticDescriptors.MarkupAttribute.Id;

    /// <summary>An attribute value the reader refuses.</summary>
    public static readonly string InvalidValue = TemplateDiagnosticDescriptors.MarkupValue.Id;

    /// <summary>Judges the literal markup of one template.</summary>
    /// <param name="markup">The template's literal markup.</param>
    /// <returns>The findings, in source order.</returns>
    public static IReadOnlyList<StyleFinding> Analyze(LiteralMarkup markup)
    {
        var findings = new List<StyleFinding>();
        foreach (var element in markup.Elements)
        {
            if (!LayoutMarkupVocabulary.Elements.TryGetValue(element.Name, out string[]? allowed))
            {
                if (element.IsNameComplete)
                {
                    findings.Add(new StyleFinding(
                        UnknownElement,
                        FindingLevel.Error,
                        markup.File,
                        element.Line,
                        element.Column,
                        $"element <{element.Name}> is not part of the layout markup (elements: {string.Join(", ", LayoutMarkupVocabulary.Elements.Keys)}; see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md)"));
                }

                continue;
            }

            foreach (var attribute in element.Attributes)
            {
                if (Array.IndexOf(allowed, attribute.Name) < 0)
                {
                    if (attribute.IsNameComplete)
                    {
                        string reason = LayoutMarkupVocabulary.AttributeProblem(element.Name, attribute.Name, allowed);
                        findings.Add(new StyleFinding(UnknownAttribute, FindingLevel.Error, markup.File, attribute.Line, attribute.Column, reason));
                    }

                    continue;
                }

                if (attribute.Value is { } value && LayoutMarkupVocabulary.ValueProblem(element.Name, attribute.Name, value) is { } problem)
                {
                    findings.Add(new StyleFinding(
                        InvalidValue, FindingLevel.Error, markup.File, attribute.Line, attribute.Column, $"<{element.Name} {attribute.Name}>: {problem}"));
                }
            }
        }

        return findings;
    }
}
