namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// The values one class (or <c>body</c>) sets, each null when the stylesheet leaves it unset. Lengths are in points.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record StyleProperties
{
    /// <summary>Gets an instance with nothing set.</summary>
    public static StyleProperties Empty { get; } = new();

    /// <summary>Gets the family list as CSS (<c>"Times New Roman", serif</c>).</summary>
    public string? FontFamilyCss { get; init; }

    /// <summary>Gets the first family of the list: the one Word uses.</summary>
    public string? FontFamily { get; init; }

    /// <summary>Gets the font size in points.</summary>
    public double? FontSize { get; init; }

    /// <summary>Gets whether the text is bold.</summary>
    public bool? Bold { get; init; }

    /// <summary>Gets whether the text is italic.</summary>
    public bool? Italic { get; init; }

    /// <summary>Gets whether the text is shown in capitals (<c>text-transform: uppercase</c>).</summary>
    public bool? Uppercase { get; init; }

    /// <summary>Gets whether the text is underlined.</summary>
    public bool? Underline { get; init; }

    /// <summary>Gets the text colour as six upper-case hex digits.</summary>
    public string? Color { get; init; }

    /// <summary>Gets the horizontal alignment.</summary>
    public TextAlignment? TextAlign { get; init; }

    /// <summary>Gets the first-line indent (negative: hanging).</summary>
    public double? TextIndent { get; init; }

    /// <summary>Gets the line spacing.</summary>
    public LineHeight? LineHeight { get; init; }

    /// <summary>Gets the left margin (Word: left indent).</summary>
    public double? MarginLeft { get; init; }

    /// <summary>Gets the right margin (Word: right indent).</summary>
    public double? MarginRight { get; init; }

    /// <summary>Gets the top margin (Word: space before).</summary>
    public double? MarginTop { get; init; }

    /// <summary>Gets the bottom margin (Word: space after).</summary>
    public double? MarginBottom { get; init; }

    /// <summary>Gets the top border.</summary>
    public BorderLine? BorderTop { get; init; }

    /// <summary>Gets the right border.</summary>
    public BorderLine? BorderRight { get; init; }

    /// <summary>Gets the bottom border.</summary>
    public BorderLine? BorderBottom { get; init; }

    /// <summary>Gets the left border.</summary>
    public BorderLine? BorderLeft { get; init; }

    /// <summary>Gets the top padding (cells).</summary>
    public double? PaddingTop { get; init; }

    /// <summary>Gets the right padding (cells).</summary>
    public double? PaddingRight { get; init; }

    /// <summary>Gets the bottom padding (cells).</summary>
    public double? PaddingBottom { get; init; }

    /// <summary>Gets the left padding (cells).</summary>
    public double? PaddingLeft { get; init; }

    /// <summary>Gets the width (tables).</summary>
    public Layout.LayoutLength? Width { get; init; }

    /// <summary>Gets the vertical alignment (cells).</summary>
    public Layout.CellVerticalAlignment? VerticalAlign { get; init; }

    /// <summary>Gets a value indicating whether any property that CSS inherits (font, text) is set.</summary>
    public bool HasTextProperties =>
        FontFamily is not null || FontSize is not null || Bold is not null || Italic is not null || Uppercase is not null
        || Underline is not null || Color is not null || TextAlign is not null || TextIndent is not null || LineHeight is not null;

    /// <summary>Gets a value indicating whether any run (character) property is set.</summary>
    public bool HasRunProperties =>
        FontFamily is not null || FontSize is not null || Bold is not null || Italic is not null || Uppercase is not null
        || Underline is not null || Color is not null;

    /// <summary>Returns these values overridden by every value <paramref name="later"/> sets.</summary>
    /// <param name="later">The values that win.</param>
    /// <returns>The merged values.</returns>
    public StyleProperties Merge(StyleProperties later) => new()
    {
        FontFamilyCss = later.FontFamilyCss ?? FontFamilyCss,
        FontFamily = later.FontFamily ?? FontFamily,
        FontSize = later.FontSize ?? FontSize,
        Bold = later.Bold ?? Bold,
        Italic = later.Italic ?? Italic,
        Uppercase = later.Uppercase ?? Uppercase,
        Underline = later.Underline ?? Underline,
        Color = later.Color ?? Color,
        TextAlign = later.TextAlign ?? TextAlign,
        TextIndent = later.TextIndent ?? TextIndent,
        LineHeight = later.LineHeight ?? LineHeight,
        MarginLeft = later.MarginLeft ?? MarginLeft,
        MarginRight = later.MarginRight ?? MarginRight,
        MarginTop = later.MarginTop ?? MarginTop,
        MarginBottom = later.MarginBottom ?? MarginBottom,
        BorderTop = later.BorderTop ?? BorderTop,
        BorderRight = later.BorderRight ?? BorderRight,
        BorderBottom = later.BorderBottom ?? BorderBottom,
        BorderLeft = later.BorderLeft ?? BorderLeft,
        PaddingTop = later.PaddingTop ?? PaddingTop,
        PaddingRight = later.PaddingRight ?? PaddingRight,
        PaddingBottom = later.PaddingBottom ?? PaddingBottom,
        PaddingLeft = later.PaddingLeft ?? PaddingLeft,
        Width = later.Width ?? Width,
        VerticalAlign = later.VerticalAlign ?? VerticalAlign,
    };

    /// <summary>Returns only the text properties CSS inherits (font, text-*, line-height, color).</summary>
    /// <returns>The inheritable part.</returns>
    public StyleProperties InheritablePart() => new()
    {
        FontFamilyCss = FontFamilyCss,
        FontFamily = FontFamily,
        FontSize = FontSize,
        Bold = Bold,
        Italic = Italic,
        Uppercase = Uppercase,
        Underline = Underline,
        Color = Color,
        TextAlign = TextAlign,
        TextIndent = TextIndent,
        LineHeight = LineHeight,
    };

    /// <summary>Returns these values without every value <paramref name="overriding"/> sets (what it does not override).</summary>
    /// <param name="overriding">The values that take precedence.</param>
    /// <returns>The values <paramref name="overriding"/> leaves in place.</returns>
    public StyleProperties Without(StyleProperties overriding) => new()
    {
        FontFamilyCss = overriding.FontFamilyCss is null ? FontFamilyCss : null,
        FontFamily = overriding.FontFamily is null ? FontFamily : null,
        FontSize = overriding.FontSize is null ? FontSize : null,
        Bold = overriding.Bold is null ? Bold : null,
        Italic = overriding.Italic is null ? Italic : null,
        Uppercase = overriding.Uppercase is null ? Uppercase : null,
        Underline = overriding.Underline is null ? Underline : null,
        Color = overriding.Color is null ? Color : null,
        TextAlign = overriding.TextAlign is null ? TextAlign : null,
        TextIndent = overriding.TextIndent is null ? TextIndent : null,
        LineHeight = overriding.LineHeight is null ? LineHeight : null,
        MarginLeft = overriding.MarginLeft is null ? MarginLeft : null,
        MarginRight = overriding.MarginRight is null ? MarginRight : null,
        MarginTop = overriding.MarginTop is null ? MarginTop : null,
        MarginBottom = overriding.MarginBottom is null ? MarginBottom : null,
        BorderTop = overriding.BorderTop is null ? BorderTop : null,
        BorderRight = overriding.BorderRight is null ? BorderRight : null,
        BorderBottom = overriding.BorderBottom is null ? BorderBottom : null,
        BorderLeft = overriding.BorderLeft is null ? BorderLeft : null,
        PaddingTop = overriding.PaddingTop is null ? PaddingTop : null,
        PaddingRight = overriding.PaddingRight is null ? PaddingRight : null,
        PaddingBottom = overriding.PaddingBottom is null ? PaddingBottom : null,
        PaddingLeft = overriding.PaddingLeft is null ? PaddingLeft : null,
        Width = overriding.Width is null ? Width : null,
        VerticalAlign = overriding.VerticalAlign is null ? VerticalAlign : null,
    };
}
