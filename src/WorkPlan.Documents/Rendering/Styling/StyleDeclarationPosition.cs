namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>Where one declaration (<c>property: value;</c>) of a stylesheet rule was written.</summary>
/// <param name="Name">The property name, lower case as the subset writes it (e.g. "font-size").</param>
/// <param name="Line">The 1-based line of the property name.</param>
/// <param name="Column">The 1-based column of the property name.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct StyleDeclarationPosition(string Name, int Line, int Column);
