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
    public static int Twips(double points) => (int)Math.Round(points * 20.0, MidpointRounding.AwayFromZero);

    /// <summary>Returns a font size in half-points, rounded (Word sizes come in half-point steps).</summary>
    /// <param name="points">The size in points.</param>
    /// <returns>The half-points as text.</returns>
    public static string HalfPoints(double points) =>
        ((int)Math.Round(points * 2.0, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Returns a twips value as the text Word stores.</summary>
    /// <param name="points">The length in points.</param>
    /// <returns>The twips as text.</returns>
    public static string TwipsText(double points) => Twips(points).ToString(System.Globalization.CultureInfo.InvariantCulture);

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
            Size = (uint)Math.Min(96, Math.Max(2, Math.Round(line.WidthPoints * 8.0, MidpointRounding.AwayFromZero))),
            Space = 0U,
            Color = line.Color,
        };
    }
}
