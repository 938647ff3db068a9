using System.Globalization;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>The line style of a border (<c>border-*-style</c>).</summary>
internal enum BorderLineStyle
{
    /// <summary><c>none</c>: no line.</summary>
    None,

    /// <summary><c>solid</c>: Word <c>single</c>.</summary>
    Solid,

    /// <summary><c>double</c>: Word <c>double</c>.</summary>
    Double,

    /// <summary><c>dotted</c>: Word <c>dotted</c>.</summary>
    Dotted,

    /// <summary><c>dashed</c>: Word <c>dashed</c>.</summary>
    Dashed,
}

/// <summary>One border line: width, style and colour.</summary>
/// <param name="WidthPoints">The line width in points.</param>
/// <param name="Style">The line style.</param>
/// <param name="Color">The colour as six upper-case hex digits (<c>000000</c>).</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct BorderLine(double WidthPoints, BorderLineStyle Style, string Color)
{
    /// <summary>Gets the engine's default line: 0.5 pt solid black (Word's single line, size 4).</summary>
    public static BorderLine Default { get; } = new(0.5, BorderLineStyle.Solid, "000000");

    /// <summary>Gets a value indicating whether the line draws nothing.</summary>
    public bool IsNone => Style == BorderLineStyle.None || WidthPoints <= 0;

    /// <summary>Returns the line as CSS: <c>0.5pt solid #000000</c>, or <c>none</c>.</summary>
    /// <returns>The CSS value.</returns>
    public string ToCss() => IsNone
        ? "none"
        : WidthPoints.ToString("0.##", CultureInfo.InvariantCulture) + "pt " + Style.ToString().ToLowerInvariant() + " #" + Color;
}
