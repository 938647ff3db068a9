using System.Globalization;
using System.Runtime.CompilerServices;

namespace WorkPlan.Documents.Tests.Common;

/// <summary>
/// Runs every test in English whatever the machine's language: findings, diagnostics and the tool's messages follow
/// the current UI culture (Vietnamese under a "vi" culture), and the tests that read English text must not depend on
/// LANG. The tests of the Vietnamese messages set their culture themselves.
/// </summary>
internal static class EnglishUiCulture
{
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: its culture must be set before any test runs.")]
    internal static void Apply()
    {
        CultureInfo english = CultureInfo.GetCultureInfo("en");
        CultureInfo.DefaultThreadCurrentUICulture = english;
        CultureInfo.CurrentUICulture = english;
    }
}
