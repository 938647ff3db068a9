using NodaTime;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// The package (core) properties of a .docx — <c>docProps/core.xml</c>: title, creator and the creation instant.
/// The instant comes from the caller (an injectable <see cref="IClock"/>), never from the machine's clock, so the
/// same input gives the same bytes.
/// </summary>
/// <param name="Title">The document title (<c>dc:title</c>), or null to use the layout document's title.</param>
/// <param name="Creator">The author (<c>dc:creator</c> and <c>cp:lastModifiedBy</c>), or null.</param>
/// <param name="Created">The creation and modification instant (<c>dcterms:created</c>, <c>dcterms:modified</c>).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record DocxPackageInfo(string? Title, string? Creator, Instant Created);
