namespace WorkPlan.Documents.Linting;

/// <summary>What <see cref="DocxScanner"/> read from one part.</summary>
/// <param name="Paragraphs">Every paragraph, in document order; a paragraph's <see cref="DocxParagraph.Index"/> is its position here plus one.</param>
/// <param name="Tables">Every table, nested ones included, in document order.</param>
/// <param name="Sections">The sections (one for a header or footer).</param>
internal sealed record ScannedPart(IReadOnlyList<DocxParagraph> Paragraphs, IReadOnlyList<DocxTable> Tables, IReadOnlyList<DocxSection> Sections);
