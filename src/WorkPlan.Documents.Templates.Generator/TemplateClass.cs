namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// A class marked <c>[WorkPlanTemplates(folder)]</c>: where it is, what the generator completes, and what is wrong
/// with its declaration (it must be a top-level <c>static partial class</c>).
/// </summary>
/// <param name="Namespace">The class's namespace; empty for the global namespace.</param>
/// <param name="Name">The class's name.</param>
/// <param name="Folder">The template folder the attribute names, relative to the project folder.</param>
/// <param name="Declaration">Where the class is declared (for diagnostics about the declaration).</param>
/// <param name="Problem">Why the class cannot be completed (a message of WPT0901), or null.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record TemplateClass(string Namespace, string Name, string Folder, LocationInfo? Declaration, string? Problem);
