namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>WPT0020–WPT0022 in a checker run: <see cref="LiteralMarkupAnalysis"/> over every partial.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class LiteralMarkupCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        foreach (var markup in StyleCheckInputs.Markup(context))
        {
            StyleCheckInputs.Report(context, LiteralMarkupAnalysis.Analyze(markup));
        }
    }
}
