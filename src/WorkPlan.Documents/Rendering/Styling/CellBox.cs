namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>The resolved box of one table cell: the four border lines and the four paddings (points).</summary>
/// <param name="Top">The top border.</param>
/// <param name="Right">The right border.</param>
/// <param name="Bottom">The bottom border.</param>
/// <param name="Left">The left border.</param>
/// <param name="PaddingTop">The top padding.</param>
/// <param name="PaddingRight">The right padding.</param>
/// <param name="PaddingBottom">The bottom padding.</param>
/// <param name="PaddingLeft">The left padding.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct CellBox(
    BorderLine Top,
    BorderLine Right,
    BorderLine Bottom,
    BorderLine Left,
    double PaddingTop,
    double PaddingRight,
    double PaddingBottom,
    double PaddingLeft);
