namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>How serious a finding of the markup and style analyses is (mapped onto the checker's severities).</summary>
internal enum FindingLevel
{
    /// <summary>Worth knowing; nothing is wrong in the output (e.g. a class no template uses).</summary>
    Info,

    /// <summary>The set renders, but not as its author meant (e.g. a declaration that never takes effect).</summary>
    Warning,

    /// <summary>A render that reaches this place fails.</summary>
    Error,
}
