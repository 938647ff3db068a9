using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Styling;
using TextAlignment = WorkPlan.Documents.Rendering.Styling.TextAlignment;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Turns <see cref="StyleProperties"/> into Word run and paragraph properties, appending the elements in the order
/// the WordprocessingML schema requires (the Open XML SDK does not reorder appended children).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class WordFormatting
{
    /// <summary>
    /// Appends run properties in schema order: rFonts (all four slots), b/bCs, i/iCs, caps, color, sz/szCs, u.
    /// The caller appends rStyle before and lang after.
    /// </summary>
    /// <param name="target">rPr, a style's rPr, the paragraph-mark rPr or the document-default rPr.</param>
    /// <param name="p">The values; unset ones are not written.</param>
    public static void AppendRun(OpenXmlCompositeElement target, StyleProperties p)
    {
        if (p.FontFamily is { } family)
        {
            target.AppendChild(new RunFonts { Ascii = family, HighAnsi = family, EastAsia = family, ComplexScript = family });
        }

        if (p.Bold is { } bold)
        {
            target.AppendChild(bold ? new Bold() : new Bold { Val = false });
            target.AppendChild(bold ? new BoldComplexScript() : new BoldComplexScript { Val = false });
        }

        if (p.Italic is { } italic)
        {
            target.AppendChild(italic ? new Italic() : new Italic { Val = false });
            target.AppendChild(italic ? new ItalicComplexScript() : new ItalicComplexScript { Val = false });
        }

        if (p.Uppercase is { } upper)
        {
            target.AppendChild(upper ? new Caps() : new Caps { Val = false });
        }

        if (p.Color is { } color)
        {
            target.AppendChild(new Color { Val = color });
        }

        if (p.FontSize is { } size)
        {
            string halfPoints = WordUnits.HalfPoints(size);
            target.AppendChild(new FontSize { Val = halfPoints });
            target.AppendChild(new FontSizeComplexScript { Val = halfPoints });
        }

        if (p.Underline is { } underline)
        {
            target.AppendChild(new Underline { Val = underline ? UnderlineValues.Single : UnderlineValues.None });
        }
    }

    /// <summary>
    /// Appends paragraph properties in schema order: pBdr (when <paramref name="borders"/>), spacing, ind, jc.
    /// The caller appends pStyle, keepNext, pageBreakBefore and numPr before, and rPr and sectPr after.
    /// </summary>
    /// <param name="target">pPr, a style's pPr or the document-default pPr.</param>
    /// <param name="p">The values; unset ones are not written.</param>
    /// <param name="borders">Whether to write the borders.</param>
    public static void AppendParagraph(OpenXmlCompositeElement target, StyleProperties p, bool borders)
    {
        if (borders)
        {
            var pBdr = new ParagraphBorders();
            if (WordUnits.AppendSides(pBdr, p))
            {
                target.AppendChild(pBdr);
            }
        }

        if (p.MarginTop is not null || p.MarginBottom is not null || p.LineHeight is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (p.MarginTop is { } before)
            {
                spacing.Before = WordUnits.TwipsText(before);
            }

            if (p.MarginBottom is { } after)
            {
                spacing.After = WordUnits.TwipsText(after);
            }

            if (p.LineHeight is { } line)
            {
                spacing.Line = line.IsExact
                    ? WordUnits.TwipsText(line.Value)
                    : WordUnits.LineMultipleText(line.Value);
                spacing.LineRule = line.IsExact ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto;
            }

            target.AppendChild(spacing);
        }

        if (p.MarginLeft is not null || p.MarginRight is not null || p.TextIndent is not null)
        {
            var ind = new Indentation();
            if (p.MarginLeft is { } left)
            {
                ind.Left = WordUnits.TwipsText(left);
            }

            if (p.MarginRight is { } right)
            {
                ind.Right = WordUnits.TwipsText(right);
            }

            if (p.TextIndent is { } indent)
            {
                if (indent < 0)
                {
                    ind.Hanging = WordUnits.TwipsText(-indent);
                }
                else
                {
                    ind.FirstLine = WordUnits.TwipsText(indent);
                }
            }

            target.AppendChild(ind);
        }

        if (p.TextAlign is { } align)
        {
            target.AppendChild(new Justification
            {
                Val = align switch
                {
                    TextAlignment.Center => JustificationValues.Center,
                    TextAlignment.Right => JustificationValues.Right,
                    TextAlignment.Justify => JustificationValues.Both,
                    _ => JustificationValues.Left,
                },
            });
        }
    }
}
