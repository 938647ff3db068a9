namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>Which lines a table draws (<c>borders</c>).</summary>
internal enum TableBorders
{
    /// <summary>No lines.</summary>
    None,

    /// <summary>The outer frame and every line between cells.</summary>
    All,

    /// <summary>The outer frame only.</summary>
    Outer,

    /// <summary>The lines between cells only.</summary>
    Inner,
}

/// <summary>The vertical alignment of a cell's content (<c>valign</c>).</summary>
internal enum CellVerticalAlignment
{
    /// <summary>At the top.</summary>
    Top,

    /// <summary>Centred.</summary>
    Middle,

    /// <summary>At the bottom.</summary>
    Bottom,
}
