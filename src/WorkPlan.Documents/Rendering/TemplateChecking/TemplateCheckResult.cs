using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>What the template checker found: the diagnostics sorted by file, line and column.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class TemplateCheckResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="diagnostics">The diagnostics, in any order: they are kept sorted by file, line, column and id.</param>
    /// <exception cref="ArgumentNullException">The list or an item is null.</exception>
    public TemplateCheckResult(IEnumerable<TemplateDiagnostic> diagnostics)
    {
        Diagnostics = Preconditions.Items(Preconditions.NotNull(diagnostics, nameof(diagnostics)), nameof(diagnostics))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>Gets the diagnostics, sorted by file (ordinal), line, column and id.</summary>
    public IReadOnlyList<TemplateDiagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error: a set with errors must not ship.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == TemplateDiagnosticSeverity.Error);

    /// <inheritdoc/>
    public override string ToString() => string.Join(Environment.NewLine, Diagnostics);
}
