using Scriban;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// The template checker: every check (syntax, names against the view model, partials, override names, <c>raw</c>,
/// layout markup, stylesheet, column declaration) over every file of a template set, whatever a given programme
/// would render. The source generator, <c>workplan templates check</c> and <see cref="TemplateSetValidation.Validate"/>
/// all run it, so they report the same ids, messages and positions (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md">docs/diagnostics.md</see>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class TemplateChecker
{
    // The checks, in the order they run. Each is stateless; one instance serves every run.
    private static readonly IReadOnlyList<ITemplateCheck> Checks = new List<ITemplateCheck>
    {
        new SyntaxCheck(),
        new NameCheck(),
        new OverrideNameCheck(),
        new ColumnsCheck(),
        new LiteralMarkupCheck(),
        new StyleSheetCheck(),
        new ClassUsageCheck(),
        new DeadDeclarationCheck(),
    };

    /// <summary>Checks a set of override files layered on a default set.</summary>
    /// <param name="defaultSet">The set the overrides are layered on (e.g. <c>Nd30Templates.Default</c>).</param>
    /// <param name="overrides">The override files: name relative to the set's folder (e.g. <c>signature.sbn-html</c>) and text.</param>
    /// <param name="shape">The names templates may use (<see cref="TemplateModelShape.FromViewModel"/>).</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An override's name is not a plain file name, or its text holds characters XML cannot carry.</exception>
    public static TemplateCheckResult Check(TemplateSet defaultSet, IEnumerable<KeyValuePair<string, string>> overrides, TemplateModelShape shape)
    {
        Preconditions.NotNull(defaultSet, nameof(defaultSet));
        Preconditions.NotNull(overrides, nameof(overrides));
        Preconditions.NotNull(shape, nameof(shape));
        return Check(defaultSet.WithOverrides(overrides), shape);
    }

    /// <summary>Checks a set as it is: its bottom layer is the default set, its folder and in-memory files the overrides.</summary>
    /// <param name="set">The set.</param>
    /// <param name="shape">The names templates may use (<see cref="TemplateModelShape.FromViewModel"/>).</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TemplateCheckResult Check(TemplateSet set, TemplateModelShape shape)
    {
        Preconditions.NotNull(set, nameof(set));
        Preconditions.NotNull(shape, nameof(shape));
        TemplateCheckContext context = CreateContext(set, shape);
        foreach (ITemplateCheck check in Checks)
        {
            check.Run(context);
        }

        return new TemplateCheckResult(context.Diagnostics);
    }

    private static TemplateCheckContext CreateContext(TemplateSet set, TemplateModelShape shape)
    {
        var defaultNames = new HashSet<string>(set.BaseFileNames(), StringComparer.Ordinal);
        var overrideNames = new HashSet<string>(set.OverrideFileNames(), StringComparer.Ordinal);
        var files = new List<CheckedFile>();
        foreach (string name in defaultNames.Union(overrideNames).OrderBy(n => n, StringComparer.Ordinal))
        {
            if (set.Find(name) is not { } file)
            {
                continue;
            }

            TemplateFileLayer layer = overrideNames.Contains(name) ? TemplateFileLayer.Override : TemplateFileLayer.Default;
            Template? template = name.EndsWith(TemplateSet.PartialExtension, StringComparison.Ordinal) ? Template.Parse(file.Text, file.Name) : null;
            files.Add(new CheckedFile(file.Name, file.Text, layer, template));
        }

        var styleSheets = new List<CheckedFile>();
        try
        {
            foreach (TemplateFile sheet in set.StyleSheetFiles())
            {
                styleSheets.Add(new CheckedFile(sheet.Name, sheet.Text, overrideNames.Contains(sheet.Name) ? TemplateFileLayer.Override : TemplateFileLayer.Default, null));
            }
        }
        catch (TemplateException)
        {
            // No stylesheet: the stylesheet checks report it; the other checks run without one.
        }

        return new TemplateCheckContext(files, defaultNames, set.StyleSheetName, styleSheets, shape);
    }
}
