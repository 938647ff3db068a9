using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>
/// A fact that needs LibreOffice, Chromium and poppler-utils. It is skipped only on a developer machine without
/// them; under CI (CI=true) it always runs, so a missing tool fails the build instead of hiding the test.
/// xunit 2 has no dynamic skip, so the decision is made when the attribute is created.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InteropFactAttribute : FactAttribute
{
    public InteropFactAttribute() => Skip = SkipReason;

    /// <summary>
    /// Gets why a test that needs the external tools is skipped: the tools missing, on a developer machine; null when
    /// they are all installed, and always null under CI.
    /// </summary>
    internal static string? SkipReason =>
        ExternalTools.Missing is { Count: > 0 } missing && !Golden.IsCi
            ? "Not installed: " + string.Join(", ", missing)
                + " (apt-get install libreoffice-writer-nogui chromium poppler-utils fonts-liberation2; required under CI)."
            : null;
}
