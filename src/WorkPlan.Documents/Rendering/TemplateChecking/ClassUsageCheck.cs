namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>WPT0024 and WPT0100 in a checker run: <see cref="ClassUsageAnalysis"/>, when the stylesheets read cleanly.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class ClassUsageCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        if (StyleSheetAnalysis.Read(StyleCheckInputs.StyleSheets(context), []) is { } sheet)
        {
            StyleCheckInputs.Report(context, ClassUsageAnalysis.Analyze(StyleCheckInputs.Markup(context), sheet));
        }
    }
}
