using Microsoft.Extensions.Hosting;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Templates.DependencyInjection;

/// <summary>
/// The template set of an app's <see cref="WorkPlanDocumentsOptions"/>, built and checked once: relative paths taken
/// from the host's content root, every file read and checked by the template checker. The start-up validation and
/// the renderer both read it, so the set that was checked is the set that renders.
/// </summary>
/// <threadsafety>Thread-safe: the set is built once, on first use.</threadsafety>
internal sealed class WorkPlanTemplateSetSource
{
    private readonly Lazy<Checked> built;

    /// <summary>Creates the source.</summary>
    /// <param name="options">The registered options.</param>
    /// <param name="environment">The host's environment, when there is a host; its content root anchors relative paths.</param>
    public WorkPlanTemplateSetSource(WorkPlanDocumentsOptions options, IHostEnvironment? environment = null)
    {
        string? contentRoot = string.IsNullOrEmpty(environment?.ContentRootPath) ? null : environment!.ContentRootPath;
        built = new Lazy<Checked>(() => Build(options, contentRoot), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets what the checker found, or why the set could not be built.</summary>
    public Checked Result => built.Value;

    /// <summary>Gets the checked set.</summary>
    /// <exception cref="InvalidOperationException">The set could not be built, or has errors (each named with its file, line and column).</exception>
    public TemplateSet Set
    {
        get
        {
            Checked result = Result;
            if (result.Failure is not null)
            {
                throw new InvalidOperationException(result.Failure);
            }

            return result.Set!;
        }
    }

    private static Checked Build(WorkPlanDocumentsOptions options, string? contentRoot)
    {
        TemplateSet set;
        try
        {
            set = options.BuildTemplateSet(contentRoot);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new Checked(null, null, "WorkPlan.Documents: the template set cannot be read: " + ex.Message);
        }

        TemplateCheckResult diagnostics;
        try
        {
            diagnostics = set.Validate();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Checked(null, null, "WorkPlan.Documents: a template file cannot be read: " + ex.Message);
        }

        string? failure = null;
        if (diagnostics.HasErrors)
        {
            string folder = options.TemplateFolder is null ? string.Empty : " (template folder " + WorkPlanDocumentsOptions.Resolve(options.TemplateFolder, contentRoot) + ")";
            failure = "WorkPlan.Documents: the template set has errors" + folder + ":" + Environment.NewLine + string.Join(
                Environment.NewLine,
                diagnostics.Diagnostics.Where(d => d.Severity == TemplateDiagnosticSeverity.Error).Select(d => d.ToString()));
        }

        return new Checked(set, diagnostics, failure);
    }

    /// <summary>The built set, the checker's result, and the failure message when the set must not be used.</summary>
    /// <param name="Set">The set; null when it could not be built.</param>
    /// <param name="Diagnostics">The checker's result; null when the set could not be built.</param>
    /// <param name="Failure">Why the set must not be used; null when it may.</param>
    internal sealed record Checked(TemplateSet? Set, TemplateCheckResult? Diagnostics, string? Failure);
}
