using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>Conversions from points to Word's units (twips, half-points, eighth-points) and border values.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class WordUnits
{
    /// <summary>Returns a length in twentieths of a point, rounded.</summary>
    /// <param name="points">The length in points.</param>
    /// <returns>The twips.</returns>
    /// <exception cref="InvalidOperationException">The length has no twips value (beyond ±2^31 twips, or not a number).</exception>
    public static int Twips(double points) => Whole(points * 20.0, int.MinValue, int.MaxValue, points, "pt");

    /// <summary>Returns a length in twips as the unsigned number page sizes and most page margins are.</summary>
    /// <param name="points">The length in points.</param>
    /// <returns>The twips.</returns>
    /// <exception cref="InvalidOperationException">The length is negative or beyond 2^31 twips.</exception>
    public static uint UnsignedTwips(double points) => (uint)Whole(points * 20.0, 0, int.MaxValue, points, "pt");

    /// <summary>
    /// Returns a length in twips as the 16-bit number w:tblCellMar's left and right margins are (the Open XML SDK's
    /// Int16Value); checked, never wrapped (a 2000 pt padding once became -25536).
    /// </summary>
    /// <param name="points">The length in points.</param>
    /// <returns>The twips.</returns>
    /// <exception cref="InvalidOperationException">The length is beyond what the attribute can hold.</exception>
    public static short ShortTwips(double points) => (short)Whole(points * 20.0, short.MinValue, short.MaxValue, points, "pt");

    /// <summary>Returns a font size in half-points, rounded (Word sizes come in half-point steps).</summary>
    /// <param name="points">The size in points.</param>
    /// <returns>The half-points as text.</returns>
    /// <exception cref="InvalidOperationException">The size has no half-point value.</exception>
    public static string HalfPoints(double points) =>
        Whole(points * 2.0, int.MinValue, int.MaxValue, points, "pt").ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns a twips value as the text Word stores.</summary>
    /// <param name="points">The length in points.</param>
    /// <returns>The twips as text.</returns>
    /// <exception cref="InvalidOperationException">The length has no twips value.</exception>
    public static string TwipsText(double points) => Twips(points).ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns a line spacing multiple in 240ths of a line (w:line with lineRule auto), rounded, as text.</summary>
    /// <param name="multiple">The multiple of single spacing.</param>
    /// <returns>The 240ths as text.</returns>
    /// <exception cref="InvalidOperationException">The multiple has no such value.</exception>
    public static string LineMultipleText(double multiple) =>
        Whole(multiple * 240.0, int.MinValue, int.MaxValue, multiple, " lines").ToString(CultureInfo.InvariantCulture);

    /// <summary>Returns a border width as w:sz: eighths of a point, rounded, from 2 to 96.</summary>
    /// <param name="points">The width in points.</param>
    /// <returns>The eighths.</returns>
    /// <exception cref="InvalidOperationException">The width is outside what Word draws (the stylesheet refuses such widths).</exception>
    public static uint EighthPoints(double points) => (uint)Whole(points * 8.0, 2, 96, points, "pt");

    /// <summary>
    /// Rounds <paramref name="units"/> and requires it in [<paramref name="min"/>, <paramref name="max"/>]. The
    /// stylesheet and the markup refuse values Word does not accept, so a failure here is a bug: it fails loudly
    /// rather than cast (wrapping or saturating) or clamp the value into a different document.
    /// </summary>
    private static int Whole(double units, int min, int max, double value, string unit)
    {
        double rounded = Math.Round(units, MidpointRounding.AwayFromZero);
        if (double.IsNaN(rounded) || rounded < min || rounded > max)
        {
            throw new InvalidOperationException(
                $"{value.ToString("R", CultureInfo.InvariantCulture)}{unit} is outside what Word can store here ({min} to {max} of its units); it should have been refused where it was read.");
        }

        return (int)rounded;
    }

    /// <summary>Appends the top, left, bottom and right borders <paramref name="p"/> sets, in that (schema) order.</summary>
    /// <param name="target">pBdr or tcBorders.</param>
    /// <param name="p">The values.</param>
    /// <returns>False when no side is set (nothing appended).</returns>
    public static bool AppendSides(DocumentFormat.OpenXml.OpenXmlCompositeElement target, StyleProperties p)
    {
        if (p.BorderTop is { } top)
        {
            target.AppendChild(Border<TopBorder>(top));
        }

        if (p.BorderLeft is { } left)
        {
            target.AppendChild(Border<LeftBorder>(left));
        }

        if (p.BorderBottom is { } bottom)
        {
            target.AppendChild(Border<BottomBorder>(bottom));
        }

        if (p.BorderRight is { } right)
        {
            target.AppendChild(Border<RightBorder>(right));
        }

        return target.HasChildren;
    }

    /// <summary>Fills a border element (top, left, bottom, right, insideH, insideV) from a line.</summary>
    /// <typeparam name="T">The border element type.</typeparam>
    /// <param name="line">The line.</param>
    /// <returns>The element.</returns>
    public static T Border<T>(BorderLine line)
        where T : BorderType, new()
    {
        if (line.IsNone)
        {
            return new T { Val = BorderValues.Nil };
        }

        return new T
        {
            Val = line.Style switch
            {
                BorderLineStyle.Double => BorderValues.Double,
                BorderLineStyle.Dotted => BorderValues.Dotted,
                BorderLineStyle.Dashed => BorderValues.Dashed,
                _ => BorderValues.Single,
            },
            Size = EighthPoints(line.WidthPoints),
            Space = 0U,
            Color = line.Color,
        };
    }
}
