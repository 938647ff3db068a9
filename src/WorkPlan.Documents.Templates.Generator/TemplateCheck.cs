using System.Collections.Immutable;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>The bridge to the library's template checker (filled in when its API lands).</summary>
internal static class TemplateCheck
{
    public static FileCheckResult CheckFile(TemplateInput file, ModelShapeDescription? shape, CancellationToken cancellationToken)
    {
        _ = shape;
        cancellationToken.ThrowIfCancellationRequested();
        return new FileCheckResult(file.Path, default);
    }

    public static EquatableArray<ReportedDiagnostic> CheckSet(ImmutableArray<TemplateInput> files, ModelShapeDescription? shape, CancellationToken cancellationToken)
    {
        _ = files;
        _ = shape;
        cancellationToken.ThrowIfCancellationRequested();
        return default;
    }
}
