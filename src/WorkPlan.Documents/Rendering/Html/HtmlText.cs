using System.Globalization;

namespace WorkPlan.Documents.Rendering.Html;

/// <summary>
/// Writes text into HTML and CSS: HTML escapes only <c>&amp; &lt; &gt; &quot; &#39;</c> (Vietnamese letters stay
/// literal UTF-8); CSS strings escape quotes, backslashes, line feeds and <c>&lt;</c> (so no text can close the
/// <c>&lt;style&gt;</c> element).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class HtmlText
{
    private static readonly char[] Special = ['&', '<', '>', '"', '\''];

    /// <summary>Writes <paramref name="text"/> HTML-escaped.</summary>
    /// <param name="output">The output.</param>
    /// <param name="text">The text.</param>
    public static void Write(TextWriter output, string text)
    {
        if (text.IndexOfAny(Special) < 0)
        {
            output.Write(text);
            return;
        }

        foreach (char c in text)
        {
            switch (c)
            {
                case '&': output.Write("&amp;"); break;
                case '<': output.Write("&lt;"); break;
                case '>': output.Write("&gt;"); break;
                case '"': output.Write("&quot;"); break;
                case '\'': output.Write("&#39;"); break;
                default: output.Write(c); break;
            }
        }
    }

    /// <summary>Returns <paramref name="text"/> as a quoted CSS string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The CSS string, with its quotes.</returns>
    public static string CssString(string text)
    {
        var result = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"':
                case '\\':
                    result.Append('\\').Append(c);
                    break;
                case '\n':
                    result.Append("\\A ");
                    break;
                case '<':
                    result.Append("\\3C ");
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.Append('"').ToString();
    }

    /// <summary>Formats a length in points for CSS: <c>12.5pt</c>.</summary>
    /// <param name="points">The length.</param>
    /// <returns>The CSS length.</returns>
    public static string Pt(double points) =>
        points == 0 ? "0" : points.ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    /// <summary>Formats a plain number for CSS with up to three decimals.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
