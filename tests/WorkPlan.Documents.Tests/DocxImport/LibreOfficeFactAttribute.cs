using WorkPlan.Documents.Tests.Common;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.DocxImport;

/// <summary>
/// A fact that needs LibreOffice (<c>soffice</c>), following <see cref="InteropFactAttribute"/>: skipped only on a
/// developer machine without it; under CI (CI=true) it always runs, so a missing LibreOffice fails the build.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (ExternalTools.Find("soffice") is null && !Golden.IsCi)
        {
            Skip = "Not installed: soffice (apt-get install libreoffice-writer-nogui; required under CI).";
        }
    }
}
