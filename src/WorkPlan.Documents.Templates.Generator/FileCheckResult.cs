namespace WorkPlan.Documents.Templates.Generator;

/// <summary>The result of checking one template file on its own.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Diagnostics">What the checker found in it.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record FileCheckResult(string Path, EquatableArray<ReportedDiagnostic> Diagnostics);
