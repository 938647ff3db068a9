using System.Globalization;
using System.Text;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// Where a part of a .docx is: a paragraph of the body ("paragraph 12"), a row of a table ("table 2, row 5"), or a
/// paragraph inside a table cell ("table 1, row 2, cell 1, paragraph 3"). Every number counts from 1, in document order;
/// paragraphs and tables are counted separately, at the top level of the body (content controls are looked through).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocxLocation
{
    internal DocxLocation(int? paragraph, int? table, int? row, int? cell)
    {
        Paragraph = paragraph;
        Table = table;
        Row = row;
        Cell = cell;
    }

    /// <summary>Gets the paragraph: of the body when <see cref="Table"/> is null, else of the cell; null for a whole table row.</summary>
    public int? Paragraph { get; }

    /// <summary>Gets the table, or null for a body paragraph.</summary>
    public int? Table { get; }

    /// <summary>Gets the row of <see cref="Table"/>, or null.</summary>
    public int? Row { get; }

    /// <summary>Gets the cell of <see cref="Row"/> (counting the cells written, not the grid columns), or null for a whole row.</summary>
    public int? Cell { get; }

    /// <summary>Returns "paragraph 12", "table 2, row 5" or "table 1, row 2, cell 1, paragraph 3".</summary>
    /// <returns>The location in words.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, "table", Table);
        Append(text, "row", Row);
        Append(text, "cell", Cell);
        Append(text, "paragraph", Paragraph);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string name, int? value)
    {
        if (value is { } number)
        {
            text.Append(text.Length == 0 ? string.Empty : ", ").Append(name).Append(' ').Append(number.ToString(CultureInfo.InvariantCulture));
        }
    }
}
