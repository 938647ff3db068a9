using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Fonts;

/// <summary>
/// Measures the rendered width of a paragraph's text with the Times New Roman (Liberation Serif) advance widths:
/// the sum of the characters' advances in each run's size, weight and style, capitals applied, no kerning.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class TextMeasurer
{
    /// <summary>Returns the width of the widest line of a paragraph, in points.</summary>
    /// <param name="content">The paragraph's runs.</param>
    /// <param name="paragraph">The paragraph's effective values (body, inherited, its class).</param>
    /// <param name="styles">The styles, for span classes.</param>
    /// <returns>The width in points.</returns>
    public static double WidestLine(IReadOnlyList<LayoutInline> content, StyleProperties paragraph, StyleResolver styles)
    {
        double widest = 0;
        double line = 0;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case LayoutLineBreak:
                    widest = Math.Max(widest, line);
                    line = 0;
                    break;
                case LayoutText text:
                    line += Measure(text.Text, paragraph, text.Format, styles);
                    break;
                case LayoutPageNumber number:
                    line += Measure("1", paragraph, number.Format, styles);
                    break;
            }
        }

        return Math.Max(widest, line);
    }

    /// <summary>Returns the width of a text in a face and size, in points.</summary>
    /// <param name="text">The text (tabs count as spaces).</param>
    /// <param name="face">The face.</param>
    /// <param name="size">The font size in points.</param>
    /// <returns>The width in points.</returns>
    public static double Measure(string text, FontFace face, double size)
    {
        long units = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else if (codePoint == '\t')
            {
                codePoint = ' ';
            }

            units += face.Advance(codePoint);
        }

        return units * size / LiberationSerifMetrics.UnitsPerEm;
    }

    private static double Measure(string text, StyleProperties paragraph, InlineFormat format, StyleResolver styles)
    {
        var run = format.ClassName is null ? paragraph : paragraph.Merge(styles.Class(format.ClassName));
        bool bold = format.Bold || (run.Bold ?? false);
        bool italic = format.Italic || (run.Italic ?? false);
        double size = run.FontSize ?? StyleResolver.DefaultFontSize;
        string shown = run.Uppercase == true ? text.ToUpperInvariant() : text;
        return Measure(shown, FontFace.Select(bold, italic), size);
    }
}
