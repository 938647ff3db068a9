namespace WorkPlan.Documents.Linting;

/// <summary>A header or footer part as scanned: its name and paragraphs.</summary>
/// <param name="Name">The part's file name, e.g. "header1.xml".</param>
/// <param name="Paragraphs">Its paragraphs.</param>
internal sealed record ScannedHeader(string Name, IReadOnlyList<DocxParagraph> Paragraphs);
