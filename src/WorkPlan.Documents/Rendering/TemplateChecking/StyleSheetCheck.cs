namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>WPT0023 in a checker run: <see cref="StyleSheetAnalysis"/> over the set's stylesheets.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class StyleSheetCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        var findings = new List<StyleFinding>();
        StyleSheetAnalysis.Read(StyleCheckInputs.StyleSheets(context), findings);
        StyleCheckInputs.Report(context, findings);
    }
}
