using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0023: a stylesheet error or a selector, property or value outside the CSS subset — the stylesheet read by the
/// same parser a render uses (<see cref="StyleSheet.Parse"/>), so the checker and the runtime give the same message at
/// the same line. Like the runtime, it stops at a stylesheet's first error.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class StyleSheetAnalysis
{
    /// <summary>A stylesheet the renderer refuses.</summary>
    public static readonly string StyleSheetError = TemplateDiagnosticDescriptors.StyleSheetError.Id;

    /// <summary>Reads the stylesheets of a set, the base first and each extension after it, as a render does.</summary>
    /// <param name="files">The stylesheets (file name, text) in the order the set layers them.</param>
    /// <param name="findings">Receives one finding per stylesheet that fails.</param>
    /// <returns>The layered stylesheet, or null when any of them fails (the class checks then have nothing to judge by).</returns>
    public static StyleSheet? Read(IReadOnlyList<(string File, string Text)> files, List<StyleFinding> findings)
    {
        Utility.Preconditions.NotNull(files, nameof(files));
        Utility.Preconditions.NotNull(findings, nameof(findings));
        StyleSheet? sheet = null;
        bool failed = false;
        foreach (var (file, text) in files)
        {
            try
            {
                var part = StyleSheet.Parse(text, file);
                sheet = sheet is null ? part : sheet.Extend(part);
            }
            catch (StyleSheetException e)
            {
                failed = true;
                string where = e.Selector is null ? string.Empty : e.PropertyName is null ? $"in '{e.Selector}': " : $"in '{e.Selector}', property '{e.PropertyName}': ";
                findings.Add(new StyleFinding(StyleSheetError, FindingLevel.Error, file, Math.Max(e.Line, 1), Math.Max(e.Column, 1), where + e.Reason));
            }
        }

        return failed ? null : sheet;
    }
}
