using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Linting;

/// <summary>A section of the body: its properties (page size, margins, headers) and the paragraphs it spans.</summary>
/// <threadsafety>Built once by <see cref="DocxScanner"/>, then only read.</threadsafety>
internal sealed class DocxSection
{
    internal DocxSection(int number) => Number = number;

    /// <summary>Gets the 1-based number of the section.</summary>
    internal int Number { get; }

    /// <summary>Gets or sets the section's w:sectPr, or null when the body has none.</summary>
    internal SectionProperties? Properties { get; set; }

    /// <summary>Gets or sets the index of the section's first paragraph, or 0 when it has none.</summary>
    internal int FirstParagraph { get; set; }

    /// <summary>Gets or sets the index of the section's last paragraph, or 0 when it has none.</summary>
    internal int LastParagraph { get; set; }

    /// <summary>Gets or sets whether the section holds a table (which allows landscape pages).</summary>
    internal bool HasTable { get; set; }
}
