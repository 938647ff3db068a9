namespace WorkPlan.Documents.Linting;

/// <summary>A table cell as the linter sees it: where it is, and the paragraphs directly in it.</summary>
/// <threadsafety>Built once by <see cref="DocxScanner"/>, then only read.</threadsafety>
internal sealed class DocxCell
{
    internal DocxCell(DocxTable table, int row, int column)
    {
        Table = table;
        Row = row;
        Column = column;
    }

    /// <summary>Gets the table.</summary>
    internal DocxTable Table { get; }

    /// <summary>Gets the 0-based row.</summary>
    internal int Row { get; }

    /// <summary>Gets the 0-based cell of the row (cells, not grid columns).</summary>
    internal int Column { get; }

    /// <summary>Gets the paragraphs of the cell, nested tables' paragraphs excluded.</summary>
    internal List<DocxParagraph> Paragraphs { get; } = [];

    /// <summary>Gets the cell's paragraphs that carry text.</summary>
    internal IEnumerable<DocxParagraph> TextParagraphs => Paragraphs.Where(p => p.HasText);
}
