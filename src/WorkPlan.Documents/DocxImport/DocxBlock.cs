namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// One unit of a .docx as the importer accounts for it: a paragraph (of the body or of a layout table's cell), or a
/// row of a schedule table with its cells laid on the grid and joined by tabs, as pasted text has them.
/// </summary>
internal sealed class DocxBlock
{
    internal DocxBlock(DocxLocation location, string text, bool isRow)
    {
        Location = location;
        Text = text;
        IsRow = isRow;
    }

    internal DocxLocation Location { get; }

    /// <summary>Gets the text: a paragraph's with '\n' for each line break; a row's cells joined by tabs.</summary>
    internal string Text { get; }

    internal bool IsRow { get; }

    /// <summary>Gets or sets a value indicating whether the paragraph is a list item (numbered or bulleted by numbering).</summary>
    internal bool IsListItem { get; set; }

    /// <summary>Gets or sets a value indicating whether every run of text in the paragraph is bold (directly or through styles).</summary>
    internal bool IsBold { get; set; }

    /// <summary>Gets or sets what was read past and not taken (a nested table flattened, a drawing skipped), or null.</summary>
    internal Localization.LocalizedText? Note { get; set; }
}
