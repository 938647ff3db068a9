using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>ND30-01 to ND30-03: paper size, orientation and margins of every section.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class PageSetupCheck
{
    private const double TwipsPerMm = 1440 / 25.4;

    /// <summary>The tolerance on a length in millimetres: Word stores 15 mm as 850 twips (14.99 mm).</summary>
    private const double Tolerance = 0.1;

    internal static void Run(IReadOnlyList<DocxSection> sections, LintReport report)
    {
        foreach (DocxSection section in sections)
        {
            if (section.FirstParagraph == 0 && section.Properties is null)
            {
                continue;
            }

            SectionProperties? properties = section.Properties;
            PageSize? size = properties?.GetFirstChild<PageSize>();
            double? width = Mm(size?.Width?.Value);
            double? height = Mm(size?.Height?.Value);
            if (width is not { } w || height is not { } h)
            {
                report.Add(Nd30Rules.PaperSize, section, LintText.Of("Element_PaperSize"), LintText.Of("Found_PaperNotSet"), LintText.Of("Required_A4"));
            }
            else
            {
                double shortSide = Math.Min(w, h);
                double longSide = Math.Max(w, h);
                if (Math.Abs(shortSide - 210) > 0.5 || Math.Abs(longSide - 297) > 0.5)
                {
                    report.Add(Nd30Rules.PaperSize, section, LintText.Of("Element_PaperSize"), LocalizedText.Join(string.Empty, [Mm(w), LocalizedText.Literal(" mm × "), Mm(h), LocalizedText.Literal(" mm")]), LintText.Of("Required_A4"));
                }

                bool landscape = size!.Orient?.InnerText == "landscape" || w > h;
                if (landscape && !section.HasTable)
                {
                    report.Add(Nd30Rules.Orientation, section, LintText.Of("Element_Orientation"), LintText.Of("Found_LandscapeWithoutTable"), LintText.Of("Required_Portrait"));
                }
            }

            PageMargin? margin = properties?.GetFirstChild<PageMargin>();
            var wrong = new List<LocalizedText>();
            Margin(wrong, "top", margin?.Top?.Value, 20, 25);
            Margin(wrong, "bottom", margin?.Bottom?.Value, 20, 25);
            Margin(wrong, "left", margin?.Left?.Value + (long?)(margin?.Gutter?.Value ?? 0), 30, 35);
            Margin(wrong, "right", margin?.Right?.Value, 15, 20);
            if (wrong.Count > 0)
            {
                report.Add(Nd30Rules.Margins, section, LintText.Of("Element_Margins"), LintText.List(wrong), LintText.Of("Required_Margins"));
            }
        }
    }

    private static void Margin(List<LocalizedText> wrong, string side, long? twips, double min, double max)
    {
        if (twips is not { } value)
        {
            wrong.Add(LintText.Of("Found_MarginNotSet", LintText.Of("Side_" + side)));
            return;
        }

        double mm = Math.Abs(value) / TwipsPerMm;
        if (mm < min - Tolerance || mm > max + Tolerance)
        {
            wrong.Add(LintText.Of("Found_Margin", LintText.Of("Side_" + side), Mm(mm)));
        }
    }

    private static double? Mm(uint? twips) => twips is { } value ? value / TwipsPerMm : null;

    private static LocalizedText Mm(double mm) => LocalizedText.Number(mm, "0.#");
}
