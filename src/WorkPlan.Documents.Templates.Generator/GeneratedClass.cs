namespace WorkPlan.Documents.Templates.Generator;

/// <summary>The generator's output for one marked class: its source (null when it cannot be generated) and diagnostics.</summary>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="Source">The C# source, or null.</param>
/// <param name="Diagnostics">What is wrong with the declaration or the folder.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record GeneratedClass(string HintName, string? Source, EquatableArray<ReportedDiagnostic> Diagnostics);
