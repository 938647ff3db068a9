namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>
/// A theory that needs LibreOffice, Chromium and poppler-utils: skipped only on a developer machine without them, as
/// <see cref="InteropFactAttribute"/> is; under CI (CI=true) it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InteropTheoryAttribute : TheoryAttribute
{
    public InteropTheoryAttribute() => Skip = InteropFactAttribute.SkipReason;
}
