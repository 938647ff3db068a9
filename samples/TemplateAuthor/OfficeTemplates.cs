using WorkPlan.Documents.Templates;

namespace TemplateAuthor;

/// <summary>
/// The office's template set: the default ND30 set with the files of Templates/ over it, embedded at compile time by
/// the WorkPlan.Documents.Templates source generator, which adds <c>Set</c> and <c>CreateRenderer()</c>.
/// </summary>
[WorkPlanTemplates("Templates")]
internal static partial class OfficeTemplates;
