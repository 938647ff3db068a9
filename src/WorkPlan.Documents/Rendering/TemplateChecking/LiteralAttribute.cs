namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>An attribute of a start tag written in a template's literal text.</summary>
/// <param name="Name">The attribute's name as written.</param>
/// <param name="Line">The 1-based line of the name in the template file.</param>
/// <param name="Column">The 1-based column of the name.</param>
/// <param name="IsNameComplete">False when an expression follows the name at once (<c>data-{{ x }}</c>): the written part is a prefix only.</param>
/// <param name="Value">The value with the XML entities decoded, or null when it is (partly) an expression or absent.</param>
/// <param name="ValueLine">The 1-based line of the value's first character (after the quote).</param>
/// <param name="ValueColumn">The 1-based column of the value's first character.</param>
/// <param name="ValueVariable">When the whole value is one <c>{{ name }}</c>, that variable's name; else null.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct LiteralAttribute(string Name, int Line, int Column, bool IsNameComplete, string? Value, int ValueLine, int ValueColumn, string? ValueVariable);
