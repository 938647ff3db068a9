namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>A declaration as written in the CSS text, with where it starts.</summary>
/// <param name="Name">The property name, lower case.</param>
/// <param name="Value">The value text as written (trimmed).</param>
/// <param name="Offset">The 0-based offset of the name.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct SourceDeclaration(string Name, string Value, int Offset);
