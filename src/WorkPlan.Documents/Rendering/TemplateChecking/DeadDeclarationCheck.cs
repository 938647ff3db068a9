namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>WPT0025 in a checker run: <see cref="DeadDeclarationAnalysis"/>, when the stylesheets read cleanly.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class DeadDeclarationCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        if (StyleSheetAnalysis.Read(StyleCheckInputs.StyleSheets(context), []) is { } sheet)
        {
            StyleCheckInputs.Report(context, DeadDeclarationAnalysis.Analyze(StyleCheckInputs.Markup(context), sheet));
        }
    }
}
