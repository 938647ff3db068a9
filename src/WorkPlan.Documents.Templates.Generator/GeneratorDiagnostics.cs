using Microsoft.CodeAnalysis;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// The diagnostics of the generator itself, about how a project declares its templates (WPT0901–WPT0903); the
/// diagnostics about the templates' contents come from the library's checker, with their ids and messages.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class GeneratorDiagnostics
{
    /// <summary>The documentation page the help links point into.</summary>
    public const string HelpBase = "https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/diagnostics.md#";

    /// <summary>WPT0901: a class marked [WorkPlanTemplates] that the generator cannot complete.</summary>
    public static ReportedDiagnostic BadDeclaration(TemplateClass templateClass) =>
        new("WPT0901", DiagnosticSeverity.Error, "[WorkPlanTemplates] class cannot be completed", templateClass.Problem ?? string.Empty, HelpBase + "wpt0901", templateClass.Declaration);

    /// <summary>WPT0902: a [WorkPlanTemplates] folder with no template file in it.</summary>
    public static ReportedDiagnostic EmptyFolder(TemplateClass templateClass) =>
        new(
            "WPT0902",
            DiagnosticSeverity.Warning,
            "[WorkPlanTemplates] folder has no template files",
            $"[WorkPlanTemplates(\"{templateClass.Folder}\")]: no template file lies in \"{templateClass.Folder}\"; declare the files with <WorkPlanTemplates Include=\"{templateClass.Folder}/**\" /> in the project file (the class gets the default ND30 set unchanged).",
            HelpBase + "wpt0902",
            templateClass.Declaration);

    /// <summary>WPT0903: two template files with one name, of which the set can hold only one.</summary>
    public static ReportedDiagnostic DuplicateName(TemplateInput file, TemplateInput first) =>
        new(
            "WPT0903",
            DiagnosticSeverity.Error,
            "Two template files have the same name",
            $"the template file \"{file.FileName}\" is also at \"{first.Path}\": a template set holds one file of each name, so only one of them can be used; remove or rename the other.",
            HelpBase + "wpt0903",
            new LocationInfo(file.Path, default, default));
}
