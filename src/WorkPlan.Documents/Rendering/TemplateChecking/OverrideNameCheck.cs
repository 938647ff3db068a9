namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// WPT0005: an override partial (<c>*.sbn-html</c>) or JSON file whose name matches no file of the default set: no
/// render ever reads it (<c>signatur.sbn-html</c>), so the change the author made never shows. The nearest default
/// name is suggested. Other files (notes, images) are not template files and are left alone.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class OverrideNameCheck : ITemplateCheck
{
    /// <inheritdoc/>
    public void Run(TemplateCheckContext context)
    {
        if (context.DefaultFileNames.Count == 0)
        {
            return;
        }

        foreach (CheckedFile file in context.Files)
        {
            bool templateFile = file.IsPartial || file.Name.EndsWith(".json", StringComparison.Ordinal);
            if (file.Layer != TemplateFileLayer.Override || !templateFile || context.DefaultFileNames.Contains(file.Name))
            {
                continue;
            }

            if (file.IsPartial && IsCalled(context, file.PartialName))
            {
                continue; // A new partial the author's own overrides call: it is read.
            }

            string message = "\"" + file.Name + "\" matches no file of the default set, so no render reads it"
                + NearestName.Suggest(file.Name, context.DefaultFileNames);
            context.Report(TemplateDiagnosticDescriptors.UnusedOverride, message, file, 1, 1);
        }
    }

    // A partial added by the author is read when some partial of the set calls it (partial "name").
    private static bool IsCalled(TemplateCheckContext context, string partialName) =>
        context.Partials.Any(p => NameCheck.CalledPartials(p).Contains(partialName));
}
