using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Builds <c>word/styles.xml</c> from the stylesheet: document defaults (the <c>body</c> font in all four slots, its
/// size, the document language; no space after, single spacing — zeroing Word's own defaults), the <c>Normal</c>
/// style with the rest of <c>body</c>, and one style per class the document uses.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class StylesPartBuilder
{
    /// <summary>The font when the stylesheet's body names none (Nghị định 30's font).</summary>
    public const string DefaultFont = "Times New Roman";

    /// <summary>Builds the styles part's root element.</summary>
    /// <param name="styles">The styles of the render.</param>
    /// <param name="ids">Which classes become which Word styles.</param>
    /// <param name="language">The Word language tag (e.g. <c>vi-VN</c>).</param>
    /// <returns>The <c>w:styles</c> element.</returns>
    public static Styles Build(StyleResolver styles, WordStyleIds ids, string language)
    {
        var body = styles.Body;
        string font = body.FontFamily ?? DefaultFont;
        double size = body.FontSize ?? StyleResolver.DefaultFontSize;

        var runDefaults = new RunPropertiesBaseStyle();
        WordFormatting.AppendRun(runDefaults, new StyleProperties { FontFamily = font, FontSize = size });
        runDefaults.AppendChild(new Languages { Val = language, EastAsia = language });
        var paragraphDefaults = new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });

        var root = new Styles(new DocDefaults(
            new RunPropertiesDefault(runDefaults),
            new ParagraphPropertiesDefault(paragraphDefaults)));

        var normal = new Style { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        normal.AppendChild(new StyleName { Val = "Normal" });
        normal.AppendChild(new PrimaryStyle());
        AppendProperties(normal, body with { FontFamily = null, FontSize = null }, paragraph: true);
        root.AppendChild(normal);

        root.AppendChild(BuiltInDefault(StyleValues.Character, "DefaultParagraphFont", "Default Paragraph Font", 1));
        var tableNormal = BuiltInDefault(StyleValues.Table, "TableNormal", "Normal Table", 99);
        tableNormal.AppendChild(new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })));
        root.AppendChild(tableNormal);

        foreach (string name in styles.Sheet.ClassNames)
        {
            if (ids.IsParagraphStyle(name))
            {
                var style = new Style { Type = StyleValues.Paragraph, StyleId = name, CustomStyle = true };
                style.AppendChild(new StyleName { Val = name });
                style.AppendChild(new BasedOn { Val = "Normal" });
                style.AppendChild(new PrimaryStyle());
                // A class that is only on containers (td, ul, table) passes only its text properties to paragraphs;
                // its borders and margins belong to the container.
                var properties = (styles.UsageOf(name) & Layout.ClassUsage.Paragraph) != 0 ? styles.Class(name) : styles.Class(name).InheritablePart();
                AppendProperties(style, properties, paragraph: true);
                root.AppendChild(style);
            }

            if (ids.IsCharacterStyle(name))
            {
                string id = ids.CharacterStyleId(name);
                var style = new Style { Type = StyleValues.Character, StyleId = id, CustomStyle = true };
                style.AppendChild(new StyleName { Val = id });
                style.AppendChild(new BasedOn { Val = "DefaultParagraphFont" });
                style.AppendChild(new PrimaryStyle());
                AppendProperties(style, styles.Class(name), paragraph: false);
                root.AppendChild(style);
            }
        }

        return root;
    }

    /// <summary>A default style Word itself defines (hidden in its style gallery).</summary>
    private static Style BuiltInDefault(StyleValues type, string id, string name, int priority)
    {
        var style = new Style { Type = type, StyleId = id, Default = true };
        style.AppendChild(new StyleName { Val = name });
        style.AppendChild(new UIPriority { Val = priority });
        style.AppendChild(new SemiHidden());
        style.AppendChild(new UnhideWhenUsed());
        return style;
    }

    private static void AppendProperties(Style style, StyleProperties properties, bool paragraph)
    {
        if (paragraph)
        {
            var pPr = new StyleParagraphProperties();
            WordFormatting.AppendParagraph(pPr, properties, borders: true);
            if (pPr.HasChildren)
            {
                style.AppendChild(pPr);
            }
        }

        if (properties.HasRunProperties)
        {
            var rPr = new StyleRunProperties();
            WordFormatting.AppendRun(rPr, properties);
            style.AppendChild(rPr);
        }
    }
}
