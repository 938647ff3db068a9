namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>The paper of a section (<c>page-size</c>).</summary>
internal enum PaperSize
{
    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>ISO A5, 148 × 210 mm.</summary>
    A5,

    /// <summary>ISO A3, 297 × 420 mm.</summary>
    A3,
}

/// <summary>The orientation of a section's pages (<c>orientation</c>).</summary>
internal enum PageOrientation
{
    /// <summary>The short side on top.</summary>
    Portrait,

    /// <summary>The long side on top.</summary>
    Landscape,
}

/// <summary>How a section numbers its pages (<c>page-numbering</c>).</summary>
internal enum PageNumbering
{
    /// <summary>Continue from the previous section.</summary>
    Continue,

    /// <summary>Start again at the section's <c>page-number-start</c>.</summary>
    Restart,
}

/// <summary>Whether the page header shows on the section's first page (<c>first-page-header</c>).</summary>
internal enum FirstPageHeader
{
    /// <summary>The first page has the same header as the others.</summary>
    Same,

    /// <summary>The first page has no header (Nghị định 30: no page number on page 1).</summary>
    Hidden,
}
