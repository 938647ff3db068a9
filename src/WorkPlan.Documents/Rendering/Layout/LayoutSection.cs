namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// A section (<c>&lt;section&gt;</c>): a run of pages with one page setup, its own page header and, optionally,
/// its own page numbering. Every section starts on a new page.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutSection : LayoutNode
{
    /// <summary>Creates the section.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="page">The page setup.</param>
    /// <param name="header">The paragraphs of the page header (empty when there is none).</param>
    /// <param name="blocks">The body blocks.</param>
    public LayoutSection(SourceLocation location, PageSetup page, IReadOnlyList<LayoutParagraph> header, IReadOnlyList<LayoutBlock> blocks)
        : base(location)
    {
        Page = page;
        Header = header;
        Blocks = blocks;
    }

    /// <summary>Gets the page setup.</summary>
    public PageSetup Page { get; }

    /// <summary>Gets the paragraphs of the page header (<c>&lt;page-header&gt;</c>); empty when the section has none.</summary>
    public IReadOnlyList<LayoutParagraph> Header { get; }

    /// <summary>Gets the body blocks.</summary>
    public IReadOnlyList<LayoutBlock> Blocks { get; }
}
