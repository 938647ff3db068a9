namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>What the markup and style checks read from a <see cref="TemplateCheckContext"/>, and how their findings are reported.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class StyleCheckInputs
{
    /// <summary>The literal markup of every partial that parses (a partial that does not is the syntax check's to report).</summary>
    /// <param name="context">The run.</param>
    /// <returns>The scanned partials, in file order.</returns>
    public static List<LiteralMarkup> Markup(TemplateCheckContext context) =>
        context.Partials
            .Where(file => file.Template is { HasErrors: false })
            .Select(file => LiteralMarkupScanner.Scan(file.Name, file.Text, file.Template!))
            .ToList();

    /// <summary>The stylesheets of the run, the base first, as (file, text).</summary>
    /// <param name="context">The run.</param>
    /// <returns>The stylesheets.</returns>
    public static List<(string File, string Text)> StyleSheets(TemplateCheckContext context) =>
        context.StyleSheets.Select(file => (file.Name, file.Text)).ToList();

    /// <summary>Reports findings as diagnostics of the descriptor table.</summary>
    /// <param name="context">The run.</param>
    /// <param name="findings">The findings.</param>
    public static void Report(TemplateCheckContext context, IEnumerable<StyleFinding> findings)
    {
        foreach (var finding in findings)
        {
            var descriptor = TemplateDiagnosticDescriptors.Find(finding.Id)
                ?? throw new InvalidOperationException($"No descriptor has the id {finding.Id}.");
            context.Report(new TemplateDiagnostic(descriptor, finding.Message, finding.File, finding.Line, finding.Column, finding.Line, finding.Column));
        }
    }
}
