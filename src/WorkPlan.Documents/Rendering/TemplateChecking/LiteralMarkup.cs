namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// What a template writes literally, found without running it: the start tags of its raw text in every branch,
/// whether a given programme takes the branch or not, and the string literals of its code (the class names an
/// expression such as <c>class="{{ style }}"</c> can take).
/// </summary>
/// <param name="File">The template's file name within the set.</param>
/// <param name="Text">The template's text.</param>
/// <param name="Elements">The start tags, in source order.</param>
/// <param name="StringLiterals">The string literals of the code, in source order.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record LiteralMarkup(string File, string Text, IReadOnlyList<LiteralElement> Elements, IReadOnlyList<string> StringLiterals);
