using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Benchmarks.Floor;

/// <summary>
/// The floor's styles part, written by hand: Word's defaults (Times New Roman 14 pt, Vietnamese, single spacing),
/// then one paragraph style per class of the default stylesheet (nd30.css) with the values it gives.
/// </summary>
internal static class FloorStyles
{
    private static readonly FloorStyle[] Classes =
    [
        new("page-number", 28, Align: JustificationValues.Center),
        new("parent-agency", 24, Caps: true, Align: JustificationValues.Center),
        new("agency-name", 24, Bold: true, Caps: true, Align: JustificationValues.Center),
        new("national-name", 26, Bold: true, Caps: true, Align: JustificationValues.Center),
        new("motto", 28, Bold: true, Align: JustificationValues.Center),
        new("document-number", 26, Align: JustificationValues.Center, Before: "120"),
        new("place-date", 28, Italic: true, Align: JustificationValues.Center, Before: "120"),
        new("document-type", 28, Bold: true, Caps: true, Align: JustificationValues.Center, Before: "480"),
        new("abstract", 28, Bold: true, Align: JustificationValues.Center),
        new("section-heading", 28, Bold: true, Align: JustificationValues.Both, Before: "120", Line: "276", FirstLine: "567"),
        new("focus-tasks", 28),
        new("focus-task", 28, Align: JustificationValues.Both, Before: "120", Line: "276", FirstLine: "567"),
        new("schedule-heading", 24, Bold: true, Align: JustificationValues.Center, Before: "60", After: "60"),
        new("schedule-day", 24, Align: JustificationValues.Center, Before: "40", After: "40"),
        new("schedule-session", 24, Bold: true, Italic: true, Align: JustificationValues.Left, Before: "40", After: "40"),
        new("schedule-content", 24, Align: JustificationValues.Both, Before: "40", After: "40"),
        new("schedule-text", 24, Align: JustificationValues.Left, Before: "40", After: "40"),
        new("schedule-holiday", 24, Align: JustificationValues.Center, Before: "40", After: "40"),
        new("recipients-label", 24, Bold: true, Italic: true, Align: JustificationValues.Left),
        new("recipient", 22, Align: JustificationValues.Left),
        new("signature-authority", 28, Bold: true, Caps: true, Align: JustificationValues.Center),
        new("signature-title", 28, Bold: true, Caps: true, Align: JustificationValues.Center),
        new("signer-name", 28, Bold: true, Align: JustificationValues.Center, Before: "1440"),
    ];

    public static Styles Build()
    {
        const string font = "Times New Roman";
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font },
                    new FontSize { Val = "28" },
                    new FontSizeComplexScript { Val = "28" },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new Color { Val = "000000" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
            { Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true },
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    FloorTables.DefaultCellMargins()))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        foreach (FloorStyle style in Classes)
        {
            styles.AppendChild(style.Build());
        }

        return styles;
    }
}
