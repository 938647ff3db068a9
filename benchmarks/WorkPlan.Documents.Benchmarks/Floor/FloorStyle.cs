using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Benchmarks.Floor;

/// <summary>One paragraph style of the floor's styles part: a class of nd30.css in Word's terms.</summary>
/// <param name="Id">The style id, the class name.</param>
/// <param name="HalfPoints">The font size in half-points.</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
/// <param name="Caps">Capitals.</param>
/// <param name="Align">The alignment, or null for none.</param>
/// <param name="Before">Space before in twips, or null.</param>
/// <param name="After">Space after in twips, or null.</param>
/// <param name="Line">Line spacing in 240ths (auto), or null.</param>
/// <param name="FirstLine">First-line indent in twips, or null.</param>
internal sealed record FloorStyle(
    string Id,
    int HalfPoints,
    bool Bold = false,
    bool Italic = false,
    bool Caps = false,
    JustificationValues? Align = null,
    string? Before = null,
    string? After = null,
    string? Line = null,
    string? FirstLine = null)
{
    public Style Build()
    {
        var style = new Style(new StyleName { Val = Id }, new BasedOn { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = Id,
            CustomStyle = true,
        };
        if (Align is not null || Before is not null || After is not null || Line is not null || FirstLine is not null)
        {
            var pPr = new StyleParagraphProperties();
            if (Before is not null || After is not null || Line is not null)
            {
                var spacing = new SpacingBetweenLines();
                if (Before is not null)
                {
                    spacing.Before = Before;
                }

                if (After is not null)
                {
                    spacing.After = After;
                }

                if (Line is not null)
                {
                    spacing.Line = Line;
                    spacing.LineRule = LineSpacingRuleValues.Auto;
                }

                pPr.AppendChild(spacing);
            }

            if (FirstLine is not null)
            {
                pPr.AppendChild(new Indentation { FirstLine = FirstLine });
            }

            if (Align is { } align)
            {
                pPr.AppendChild(new Justification { Val = align });
            }

            style.AppendChild(pPr);
        }

        var rPr = new StyleRunProperties();
        if (Bold)
        {
            rPr.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Bold());
            rPr.AppendChild(new BoldComplexScript());
        }

        if (Italic)
        {
            rPr.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Italic());
            rPr.AppendChild(new ItalicComplexScript());
        }

        if (Caps)
        {
            rPr.AppendChild(new DocumentFormat.OpenXml.Wordprocessing.Caps());
        }

        string size = HalfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
        rPr.AppendChild(new FontSize { Val = size });
        rPr.AppendChild(new FontSizeComplexScript { Val = size });
        style.AppendChild(rPr);
        return style;
    }
}
