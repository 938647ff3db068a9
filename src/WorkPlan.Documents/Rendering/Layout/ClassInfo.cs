namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>How the markup uses one style class: on which kinds of element, and where first.</summary>
/// <param name="Usage">The kinds of element the class is on.</param>
/// <param name="FirstUse">Where the class is first used.</param>
/// <param name="FirstElement">The element it is first used on.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct ClassInfo(ClassUsage Usage, SourceLocation FirstUse, string FirstElement);
