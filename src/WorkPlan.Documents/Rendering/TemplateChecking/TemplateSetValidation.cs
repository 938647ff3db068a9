using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// <c>Validate()</c> on a <see cref="TemplateSet"/>: the template checker against this library's view model. An
/// extension method, not a member of <see cref="TemplateSet"/>, because the checker depends on the templating
/// folder and a member would make the two folders depend on each other (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/architecture.md">docs/architecture.md</see>).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class TemplateSetValidation
{
    /// <summary>Checks every file of the set, whatever a given programme would render (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md">docs/diagnostics.md</see>).</summary>
    /// <param name="set">The set: its bottom layer is taken as the default set, its folder and in-memory files as overrides.</param>
    /// <returns>The diagnostics; <see cref="TemplateCheckResult.HasErrors"/> says whether the set may be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public static TemplateCheckResult Validate(this TemplateSet set) =>
        TemplateChecker.Check(Preconditions.NotNull(set, nameof(set)), TemplateModelShape.FromViewModel());
}
