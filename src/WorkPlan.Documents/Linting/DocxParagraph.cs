namespace WorkPlan.Documents.Linting;

/// <summary>
/// A paragraph as the linter sees it: its index in its part, its visible text (tracked deletions and hidden text
/// left out, insertions in), its runs with their effective formatting, the cell it is in and what it holds besides text.
/// </summary>
/// <threadsafety>Built once by <see cref="DocxScanner"/>, then only read.</threadsafety>
internal sealed class DocxParagraph
{
    internal DocxParagraph(string part, int index, int section, DocxCell? cell, ParagraphFormat format, RunFormat mark, IReadOnlyList<DocxRun> runs, string text)
    {
        Part = part;
        Index = index;
        Section = section;
        Cell = cell;
        Format = format;
        Mark = mark;
        Runs = runs;
        Text = text;
        HasText = !string.IsNullOrWhiteSpace(text);
    }

    /// <summary>Gets the part the paragraph is in: "document", or the header's or footer's part name.</summary>
    internal string Part { get; }

    /// <summary>Gets the 1-based index of the paragraph in its part, in document order, table paragraphs included.</summary>
    internal int Index { get; }

    /// <summary>Gets the 0-based section the paragraph belongs to (0 outside the document body).</summary>
    internal int Section { get; }

    /// <summary>Gets the innermost table cell the paragraph is in, or null.</summary>
    internal DocxCell? Cell { get; }

    /// <summary>Gets the effective paragraph properties.</summary>
    internal ParagraphFormat Format { get; }

    /// <summary>Gets the effective properties of the paragraph mark (what an empty paragraph is formatted with).</summary>
    internal RunFormat Mark { get; }

    /// <summary>Gets the visible runs.</summary>
    internal IReadOnlyList<DocxRun> Runs { get; }

    /// <summary>Gets the visible text; lines are separated by "\n".</summary>
    internal string Text { get; }

    /// <summary>Gets whether the text is more than white space.</summary>
    internal bool HasText { get; }

    /// <summary>Gets whether the paragraph holds a drawing, a VML shape or an embedded object (a drawn rule, say).</summary>
    internal bool HasShape { get; init; }

    /// <summary>Gets the instruction of the PAGE field in the paragraph, or null.</summary>
    internal string? PageField { get; init; }

    /// <summary>Gets whether the paragraph is a drawn rule: a border, or a line of underscores, with no other text.</summary>
    internal bool IsRule => !HasText ? Format.TopBorder == true || Format.BottomBorder == true || HasShape
        : Text.Trim().All(c => c is '_' or '‗' or '─' or '—' or '-' or '¯') && Text.Trim().Length >= 3;

    /// <summary>Returns the text shortened to about 60 characters for a finding's location, lines joined by " / ".</summary>
    internal string Excerpt
    {
        get
        {
            string text = string.Join(" / ", Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            return text.Length <= 60 ? text : string.Concat(text.Substring(0, 57), "…");
        }
    }
}
