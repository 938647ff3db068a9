using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

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
                report.Add(Nd30Rules.PaperSize, section, "paper size", "not set (the application's default paper, often US Letter)", "A4, 210 mm × 297 mm");
            }
            else
            {
                double shortSide = Math.Min(w, h);
                double longSide = Math.Max(w, h);
                if (Math.Abs(shortSide - 210) > 0.5 || Math.Abs(longSide - 297) > 0.5)
                {
                    report.Add(Nd30Rules.PaperSize, section, "paper size", $"{Mm(w)} mm × {Mm(h)} mm", "A4, 210 mm × 297 mm");
                }

                bool landscape = size!.Orient?.InnerText == "landscape" || w > h;
                if (landscape && !section.HasTable)
                {
                    report.Add(Nd30Rules.Orientation, section, "page orientation", "landscape, in a section without a table", "portrait; landscape only where the content has tables");
                }
            }

            PageMargin? margin = properties?.GetFirstChild<PageMargin>();
            var wrong = new List<string>();
            Margin(wrong, "top", margin?.Top?.Value, 20, 25);
            Margin(wrong, "bottom", margin?.Bottom?.Value, 20, 25);
            Margin(wrong, "left", margin?.Left?.Value + (long?)(margin?.Gutter?.Value ?? 0), 30, 35);
            Margin(wrong, "right", margin?.Right?.Value, 15, 20);
            if (wrong.Count > 0)
            {
                report.Add(Nd30Rules.Margins, section, "page margins", string.Join(", ", wrong), "top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm");
            }
        }
    }

    private static void Margin(List<string> wrong, string side, long? twips, double min, double max)
    {
        if (twips is not { } value)
        {
            wrong.Add(side + " not set");
            return;
        }

        double mm = Math.Abs(value) / TwipsPerMm;
        if (mm < min - Tolerance || mm > max + Tolerance)
        {
            wrong.Add($"{side} {Mm(mm)} mm");
        }
    }

    private static double? Mm(uint? twips) => twips is { } value ? value / TwipsPerMm : null;

    private static string Mm(double mm) => mm.ToString("0.#", CultureInfo.InvariantCulture);
}
