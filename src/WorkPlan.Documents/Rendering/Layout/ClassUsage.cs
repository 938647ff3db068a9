namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>The kinds of element a style class is used on; decides which Word styles the class becomes.</summary>
[Flags]
internal enum ClassUsage
{
    /// <summary>Not used.</summary>
    None = 0,

    /// <summary>On <c>p</c> or <c>li</c>: a Word paragraph style.</summary>
    Paragraph = 1,

    /// <summary>On <c>span</c>: a Word character style.</summary>
    Character = 2,

    /// <summary>On <c>table</c>.</summary>
    Table = 4,

    /// <summary>On <c>td</c>.</summary>
    Cell = 8,

    /// <summary>On <c>ul</c>.</summary>
    List = 16,

    /// <summary>On <c>rule</c>.</summary>
    Rule = 32,
}
