using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>
/// A theory that needs LibreOffice, Chromium and poppler-utils: skipped only on a developer machine without them, as
/// <see cref="InteropFactAttribute"/>; under CI (CI=true) it always runs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InteropTheoryAttribute : TheoryAttribute
{
    public InteropTheoryAttribute()
    {
        IReadOnlyList<string> missing = ExternalTools.Missing;
        if (missing.Count > 0 && !Golden.IsCi)
        {
            Skip = "Not installed: " + string.Join(", ", missing)
                + " (apt-get install libreoffice-writer-nogui chromium poppler-utils fonts-liberation2; required under CI).";
        }
    }
}
