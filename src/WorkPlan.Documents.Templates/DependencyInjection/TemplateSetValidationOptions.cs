namespace WorkPlan.Documents.Templates.DependencyInjection;

/// <summary>
/// The options type whose start-up validation (<c>ValidateOnStart</c>) checks the template set: it holds nothing; its
/// validator (<see cref="TemplateSetValidator"/>) reads <see cref="WorkPlanTemplateSetSource"/>.
/// </summary>
internal sealed class TemplateSetValidationOptions
{
}
