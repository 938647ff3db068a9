namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0024 and WPT0100 in a checker run: <see cref="ClassUsageAnalysis"/>, when the stylesheets read cleanly. While a
/// partial fails to parse, its markup cannot be read, so WPT0100 (a class no template uses) is not judged: the classes
/// of the broken file would all look unused.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class ClassUsageCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        if (StyleSheetAnalysis.Read(StyleCheckInputs.StyleSheets(context), []) is { } sheet)
        {
            bool everyPartialParsed = context.Files.All(f => !f.IsPartial || f.Template is { HasErrors: false });
            StyleCheckInputs.Report(
                context,
                ClassUsageAnalysis.Analyze(StyleCheckInputs.Markup(context), sheet)
                    .Where(f => everyPartialParsed || f.Id != ClassUsageAnalysis.UnusedClass));
        }
    }
}
