namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// One template file of the app, as the generator reads it from an additional file marked by the
/// <c>WorkPlanTemplates</c> item: its path (where diagnostics point), its name in the template set and its text.
/// </summary>
/// <param name="Path">The additional file's path, as the compiler was given it.</param>
/// <param name="FileName">The file's name in the template set, e.g. "signature.sbn-html".</param>
/// <param name="Text">The file's text; null when the file could not be read.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record TemplateInput(string Path, string FileName, string? Text);
