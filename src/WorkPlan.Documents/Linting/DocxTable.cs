namespace WorkPlan.Documents.Linting;

/// <summary>A table as the linter sees it: its rows of cells, and the table it is nested in, if any.</summary>
/// <threadsafety>Built once by <see cref="DocxScanner"/>, then only read.</threadsafety>
internal sealed class DocxTable
{
    internal DocxTable(int index, DocxCell? parent)
    {
        Index = index;
        Parent = parent;
    }

    /// <summary>Gets the 1-based number of the table in its part, in document order.</summary>
    internal int Index { get; }

    /// <summary>Gets the cell the table is nested in, or null for a table of the body.</summary>
    internal DocxCell? Parent { get; }

    /// <summary>Gets the rows, each a list of cells.</summary>
    internal List<List<DocxCell>> Rows { get; } = [];

    /// <summary>Gets every paragraph of the table, nested tables included, in document order.</summary>
    internal List<DocxParagraph> Paragraphs { get; } = [];
}
