namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>How serious a template diagnostic is; the values match MSBuild's and Roslyn's words.</summary>
public enum TemplateDiagnosticSeverity
{
    /// <summary>Worth knowing; the template set works as written.</summary>
    Info = 0,

    /// <summary>Probably a mistake (e.g. <c>raw</c> on a view-model value), but the set renders.</summary>
    Warning = 1,

    /// <summary>The set cannot render correctly: a render that reaches it fails or produces wrong output.</summary>
    Error = 2,
}
