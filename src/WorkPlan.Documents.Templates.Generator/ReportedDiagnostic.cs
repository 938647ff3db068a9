using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// A diagnostic kept by value between pipeline steps (a Roslyn <see cref="Diagnostic"/> is not equatable): the id,
/// severity, title, message and help link of the checker's diagnostic, and where it points.
/// </summary>
/// <param name="Id">The id, e.g. "WPT0003".</param>
/// <param name="Severity">The severity.</param>
/// <param name="Title">The descriptor's title (one per id).</param>
/// <param name="Message">The message of this occurrence.</param>
/// <param name="HelpLink">The documentation of the id.</param>
/// <param name="Location">Where it points; null for no location.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record ReportedDiagnostic(string Id, DiagnosticSeverity Severity, string Title, string Message, string HelpLink, LocationInfo? Location)
{
    /// <summary>The category of every WPT diagnostic.</summary>
    public const string Category = "WorkPlan.Templates";

    // One descriptor per id and severity, made on first use: the ids and titles come from the library's table.
    private static readonly ConcurrentDictionary<(string Id, DiagnosticSeverity Severity, string Title, string HelpLink), DiagnosticDescriptor> Descriptors = new();

    /// <summary>Creates the Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic()
    {
        DiagnosticDescriptor descriptor = Descriptors.GetOrAdd(
            (Id, Severity, Title, HelpLink),
            static key => new DiagnosticDescriptor(key.Id, key.Title, "{0}", Category, key.Severity, isEnabledByDefault: true, helpLinkUri: key.HelpLink));
        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Message);
    }
}
