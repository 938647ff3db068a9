using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// A location kept by value (a <see cref="Location"/> holds a syntax tree, which would defeat the driver's cache):
/// a file path, the span in the file and its lines and columns (0-based, as <see cref="LinePosition"/>).
/// </summary>
/// <param name="Path">The file's path.</param>
/// <param name="Span">The span of characters.</param>
/// <param name="Lines">The span's start and end lines and columns.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan Lines)
{
    /// <summary>Captures a location; null for none or one outside any file.</summary>
    public static LocationInfo? From(Location? location) =>
        location is null || location.GetLineSpan() is not { IsValid: true, Path.Length: > 0 } lines
            ? null
            : new LocationInfo(lines.Path, location.SourceSpan, lines.Span);

    /// <summary>Creates the Roslyn location.</summary>
    public Location ToLocation() => Location.Create(Path, Span, Lines);
}
