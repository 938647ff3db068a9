using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0024: a class written literally in markup (<c>class="…"</c>) that no rule of the stylesheet defines (an error:
/// a render that reaches it fails with the same complaint). WPT0100: a class the stylesheet defines that no template
/// names anywhere (information: harmless, but usually a leftover or a misspelling of the class the markup uses).
/// </summary>
/// <remarks>
/// A class may be chosen by code (<c>class="{{ style }}"</c> with <c>style = "schedule-day"</c>), so a stylesheet class
/// counts as used when its name appears anywhere in a template's text as a whole word, in markup or code: WPT0100 never
/// fires for a class a template could produce.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ClassUsageAnalysis
{
    /// <summary>A class used in markup but defined nowhere.</summary>
    public static readonly string UndefinedClass = TemplateDiagnosticDescriptors.UndefinedClass.Id;

    /// <summary>A stylesheet class no template uses.</summary>
    public static readonly string UnusedClass = TemplateDiagnosticDescriptors.UnusedClass.Id;

    /// <summary>Judges the classes of a set.</summary>
    /// <param name="templates">The literal markup of every template of the set.</param>
    /// <param name="sheet">The set's stylesheet, layered.</param>
    /// <returns>The findings: undefined classes in template order, then unused classes in stylesheet order.</returns>
    public static IReadOnlyList<StyleFinding> Analyze(IReadOnlyList<LiteralMarkup> templates, StyleSheet sheet)
    {
        Utility.Preconditions.NotNull(templates, nameof(templates));
        Utility.Preconditions.NotNull(sheet, nameof(sheet));
        var findings = new List<StyleFinding>();
        foreach (var markup in templates)
        {
            foreach (var element in markup.Elements)
            {
                if (element.Find("class") is { Value: { } name } attribute
                    && Layout.LayoutMarkupVocabulary.IsClassName(name)
                    && !sheet.TryGetClass(name, out _))
                {
                    findings.Add(new StyleFinding(
                        UndefinedClass,
                        FindingLevel.Error,
                        markup.File,
                        attribute.Line,
                        attribute.Column,
                        $"class '{name}' is not defined in the stylesheet (add a rule .{name} {{ … }}, or fix the name){Suggestion(name, sheet.ClassNames)}"));
                }
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in sheet.Rules)
        {
            foreach (string selector in rule.Selectors)
            {
                if (selector == StyleSheet.BodySelector || !reported.Add(selector) || templates.Any(t => ContainsWord(t.Text, selector)))
                {
                    continue;
                }

                findings.Add(new StyleFinding(
                    UnusedClass,
                    FindingLevel.Info,
                    rule.SourceName,
                    Math.Max(rule.Line, 1),
                    Math.Max(rule.Column, 1),
                    $"class '{selector}' is defined but no template uses it (remove the rule, or check the name the markup uses)"));
            }
        }

        return findings;
    }

    /// <summary>Returns whether <paramref name="word"/> occurs in <paramref name="text"/> not as part of a longer class name.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="word">The class name.</param>
    /// <returns>True when found as a whole word.</returns>
    internal static bool ContainsWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !IsNameChar(text[at - 1]);
            int end = at + word.Length;
            bool after = end == text.Length || !IsNameChar(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    private static string Suggestion(string name, IReadOnlyList<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in known)
        {
            int distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? $"; did you mean '{best}'?" : string.Empty;
    }

    // Levenshtein distance over two short names; a library for one small loop would not pay its way.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
