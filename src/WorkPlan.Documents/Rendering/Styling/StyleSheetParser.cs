using ExCSS;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// Parses CSS with ExCSS and checks it against the subset: selectors, at-rules, properties, values, and text ExCSS
/// could not parse. Produces the checked <see cref="StyleRuleSet"/>s.
/// </summary>
/// <threadsafety>Stateless and thread-safe (one ExCSS parser per call).</threadsafety>
internal static class StyleSheetParser
{
    /// <summary>The property names that may be written in a stylesheet (shorthands included).</summary>
    internal static readonly HashSet<string> WritableProperties = new(StringComparer.Ordinal)
    {
        "font-family", "font-size", "font-weight", "font-style", "text-transform", "text-decoration",
        "text-decoration-line", "color", "text-align", "text-indent", "line-height",
        "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border", "border-top", "border-right", "border-bottom", "border-left", "border-width", "border-style", "border-color",
        "border-top-width", "border-top-style", "border-top-color", "border-right-width", "border-right-style", "border-right-color",
        "border-bottom-width", "border-bottom-style", "border-bottom-color", "border-left-width", "border-left-style", "border-left-color",
        "width", "vertical-align",
    };

    /// <summary>Parses and checks a stylesheet.</summary>
    /// <param name="css">The CSS text.</param>
    /// <param name="sourceName">The stylesheet's name for errors.</param>
    /// <returns>The rules in order.</returns>
    /// <exception cref="StyleSheetException">The CSS is outside the subset.</exception>
    public static IReadOnlyList<StyleRuleSet> Parse(string css, string sourceName)
    {
        var source = new CssSource(css);
        var parser = new StylesheetParser(
            includeUnknownRules: true,
            includeUnknownDeclarations: true,
            tolerateInvalidSelectors: true,
            tolerateInvalidValues: true);
        Stylesheet sheet = parser.Parse(css);

        var rules = new List<StyleRuleSet>();
        var declarations = new List<SourceDeclaration>();
        int covered = 0;
        foreach (var node in sheet.Children)
        {
            if (node is not IRule rule)
            {
                continue;
            }

            var range = node.StylesheetText.Range;
            int start = OffsetOf(range.Start, source);
            int end = Math.Min(OffsetOf(range.End, source) + 1, source.Masked.Length);
            RequireBlank(source, covered, start, sourceName);
            covered = Math.Max(covered, end);

            if (rule is not StyleRule styleRule)
            {
                var (line, column) = source.PositionOf(start);
                string keyword = source.Masked.Substring(start, Math.Min(end, source.Masked.Length) - start).Split(' ', '{', '\n')[0];
                throw new StyleSheetException(
                    $"{keyword} rules are not supported; the stylesheet holds only class rules (.name {{ … }}) and body {{ … }}",
                    sourceName, line, column, null, null);
            }

            if (rules.Count == StyleSheetLimits.MaxRules)
            {
                throw TooManyRules(source, start, end, sourceName);
            }

            rules.Add(ReadRule(source, styleRule, start, end, sourceName, declarations));
        }

        RequireBlank(source, covered, source.Masked.Length, sourceName);
        return rules;
    }

    /// <summary>Returns the 0-based offset of a position ExCSS reports.</summary>
    /// <remarks>
    /// ExCSS counts lines and columns in 16 bits, so past line or column 65535 they wrap (a stylesheet of 65536
    /// one-line rules had its last rule at line 0, read as offset 0: "'.' is not followed by a { … } block" at 1,1).
    /// Its <see cref="TextPosition.Position"/> is a 32-bit character index (1-based: the character the range starts
    /// or ends at), so offsets are taken from it; <see cref="CssSource"/> turns them into lines and columns.
    /// </remarks>
    private static int OffsetOf(TextPosition position, CssSource source) =>
        Math.Min(Math.Max(position.Position - 1, 0), source.Masked.Length);

    private static StyleSheetException TooManyRules(CssSource source, int start, int end, string sourceName)
    {
        int brace = source.Masked.IndexOf('{', start, end - start);
        string selectorText = source.Masked.Substring(start, (brace < 0 ? end : brace) - start).Trim();
        var (line, column) = source.PositionOf(start);
        return new StyleSheetException(
            $"a stylesheet holds at most {StyleSheetLimits.MaxRules} rules; this is rule {StyleSheetLimits.MaxRules + 1}",
            sourceName, line, column, selectorText, null);
    }

    private static StyleRuleSet ReadRule(CssSource source, StyleRule rule, int start, int end, string sourceName, List<SourceDeclaration> declarations)
    {
        int brace = source.Masked.IndexOf('{', start, end - start);
        string selectorText = source.Masked.Substring(start, (brace < 0 ? end : brace) - start).Trim();
        if (brace < 0)
        {
            var (line, column) = source.PositionOf(start);
            throw new StyleSheetException($"'{selectorText}' is not followed by a {{ … }} block", sourceName, line, column, null, null);
        }

        int last = end - 1;
        while (last > brace && char.IsWhiteSpace(source.Masked[last]))
        {
            last--;
        }

        if (source.Masked[last] != '}')
        {
            var (line, column) = source.PositionOf(start);
            throw new StyleSheetException("the rule's block is not closed with '}'", sourceName, line, column, selectorText, null);
        }

        var selectors = ReadSelectors(source, selectorText, start, sourceName);

        declarations.Clear();
        int bad = source.ScanDeclarations(start, end, declarations);
        if (bad >= 0)
        {
            var (line, column) = source.PositionOf(bad);
            throw new StyleSheetException("expected 'property: value;' (nested blocks and stray text are not CSS this stylesheet accepts)", sourceName, line, column, selectorText, null);
        }

        foreach (var declaration in declarations)
        {
            if (!WritableProperties.Contains(declaration.Name))
            {
                throw DeclarationError(source, declaration, sourceName, selectorText, $"'{declaration.Name}' is not in the supported subset (see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md: font-*, text-*, color, margin*, padding*, line-height, border*, width, vertical-align)");
            }
        }

        var builder = new PropertyBuilder(source, sourceName, selectorText, declarations);
        foreach (var property in rule.Style)
        {
            builder.Apply(property);
        }

        builder.RequireEveryDeclarationUsed();
        var positions = new StyleDeclarationPosition[declarations.Count];
        for (int i = 0; i < positions.Length; i++)
        {
            var (declarationLine, declarationColumn) = source.PositionOf(declarations[i].Offset);
            positions[i] = new StyleDeclarationPosition(declarations[i].Name, declarationLine, declarationColumn);
        }

        var (ruleLine, ruleColumn) = source.PositionOf(start);
        return new StyleRuleSet(selectors, builder.Build())
        {
            SourceName = sourceName,
            Line = ruleLine,
            Column = ruleColumn,
            Declarations = positions,
        };
    }

    private static string[] ReadSelectors(CssSource source, string selectorText, int start, string sourceName)
    {
        string[] parts = selectorText.Split(',');
        var selectors = new string[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            bool isClass = part.Length > 1 && part[0] == '.' && Layout.LayoutMarkupVocabulary.IsClassName(part.Substring(1));
            if (!isClass && part != StyleSheet.BodySelector)
            {
                var (line, column) = source.PositionOf(start);
                throw new StyleSheetException(
                    $"selector '{part}' is not supported: use a class selector (.name), a group of them (.a, .b), or body; one rule per class maps onto one Word style",
                    sourceName, line, column, selectorText, null);
            }

            selectors[i] = isClass ? part.Substring(1) : part;
        }

        return selectors;
    }

    private static void RequireBlank(CssSource source, int from, int to, string sourceName)
    {
        int stray = source.FirstNonBlank(from, to);
        if (stray >= 0)
        {
            var (line, column) = source.PositionOf(stray);
            throw new StyleSheetException("this text is not a CSS rule the parser could read (check braces, semicolons and quotes)", sourceName, line, column, null, null);
        }
    }

    internal static StyleSheetException DeclarationError(CssSource source, SourceDeclaration declaration, string sourceName, string selector, string reason)
    {
        var (line, column) = source.PositionOf(declaration.Offset);
        return new StyleSheetException(reason, sourceName, line, column, selector, declaration.Name);
    }
}
