namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>Horizontal alignment of a paragraph (<c>text-align</c>).</summary>
internal enum TextAlignment
{
    /// <summary><c>left</c>: Word <c>w:jc="left"</c>.</summary>
    Left,

    /// <summary><c>center</c>: Word <c>w:jc="center"</c>.</summary>
    Center,

    /// <summary><c>right</c>: Word <c>w:jc="right"</c>.</summary>
    Right,

    /// <summary><c>justify</c>: Word <c>w:jc="both"</c>.</summary>
    Justify,
}
