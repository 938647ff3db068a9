using System.Text.RegularExpressions;

namespace WorkPlan.Documents.Linting;

/// <summary>ND30-10 to ND30-18: the header block — Quốc hiệu, Tiêu ngữ, agency, "Số:", place and date — and its layout.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class HeaderCheck
{
    private static readonly TextExpectation National = new(12, 13, Bold: true, Italic: false, Capitals: true);
    private static readonly TextExpectation Motto = new(13, 14, Bold: true, Italic: false);
    private static readonly TextExpectation ParentAgency = new(12, 13, Bold: null, Italic: false, Capitals: true);
    private static readonly TextExpectation Agency = new(12, 13, Bold: true, Italic: false, Capitals: true);
    private static readonly TextExpectation Number = new(13, 13, Bold: null, Italic: false);
    private static readonly TextExpectation PlaceDate = new(13, 14, Bold: null, Italic: true);
    private static readonly Regex MottoText = new(@"^Độc lập - Tự do - Hạnh phúc$", RegexOptions.CultureInvariant);
    private static readonly Regex NumberText = new(@"^S[ốỐ]\s*(?<colon>:?)\s*(?<number>\d*)(?<before>\s*)/(?<after>\s*)(?<symbol>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex DateText = new(@"ngày\s+(?<day>\d{1,2})\s+tháng\s+(?<month>\d{1,2})\s+năm\s+\d{4}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    internal static void Run(DocumentParts parts, IReadOnlyList<DocxParagraph> all, LintReport report)
    {
        DocxParagraph? national = parts.NationalName;
        if (national is null)
        {
            report.Add(Nd30Rules.NationalName, "Quốc hiệu", "not found", "\"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\" at the top right of page 1");
        }
        else
        {
            Style(report, Nd30Rules.NationalName, national, national.Runs.Where(r => parts.Motto != national || r.Line < parts.MottoLine), "Quốc hiệu", National);
            MottoChecks(parts, all, report, national);
            Layout(parts, report, national);
        }

        foreach (DocxParagraph line in parts.ParentAgency)
        {
            Style(report, Nd30Rules.AgencyName, line, line.Runs, "tên cơ quan chủ quản", ParentAgency);
        }

        foreach (DocxParagraph line in parts.Agency)
        {
            Style(report, Nd30Rules.AgencyName, line, line.Runs, "tên cơ quan ban hành", Agency);
        }

        if (parts.Agency.Count == 0 && national is not null)
        {
            report.Add(Nd30Rules.AgencyName, national, "tên cơ quan ban hành", "not found beside or above the Quốc hiệu", "the issuing agency's name at the top left of page 1");
        }
        else if (parts.Agency.Count > 0)
        {
            DocxParagraph last = parts.Agency[^1];
            if (!RuleLine.Below(last, all))
            {
                report.Add(Nd30Rules.AgencyRule, last, "line under the agency name",
                    RuleLine.Underlined(last.Runs) ? "the name is underlined instead (a line as long as the text)" : "no line", "a solid line 1/3 to 1/2 as long as the name, centred under it");
            }
        }

        NumberChecks(parts, report);
        PlaceDateChecks(parts, report);
    }

    private static void MottoChecks(DocumentParts parts, IReadOnlyList<DocxParagraph> all, LintReport report, DocxParagraph national)
    {
        DocxParagraph? motto = parts.Motto;
        if (motto is null)
        {
            report.Add(Nd30Rules.Motto, national, "Tiêu ngữ", "not found under the Quốc hiệu", "\"Độc lập - Tự do - Hạnh phúc\" under the Quốc hiệu");
            return;
        }

        var runs = motto.Runs.Where(r => motto != national || r.Line >= parts.MottoLine).ToList();
        string text = Regex.Replace(string.Concat(runs.Select(r => r.Text)).Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ").Trim();
        string? style = Motto.Deviations(runs);
        string? words = MottoText.IsMatch(text) ? null : $"written \"{text}\"";
        if (style is not null || words is not null)
        {
            report.Add(Nd30Rules.Motto, motto, "Tiêu ngữ", string.Join(", ", new[] { style, words }.Where(s => s is not null)),
                Motto.Required + ", \"Độc lập - Tự do - Hạnh phúc\" (hyphens with a space on each side)");
        }

        if (!RuleLine.Below(motto, all) && !RuleLine.Underlined(runs))
        {
            report.Add(Nd30Rules.MottoRule, motto, "line under the Tiêu ngữ", "no line", "a solid line as long as the Tiêu ngữ, under it");
        }
    }

    private static void Layout(DocumentParts parts, LintReport report, DocxParagraph national)
    {
        if (national.Cell is not { } cell || cell.Column == 0)
        {
            report.Add(Nd30Rules.HeaderLayout, national, "header block",
                national.Cell is null ? "the Quốc hiệu is a paragraph of the page, not the right column of a two-column header" : "the Quốc hiệu is in the first column of its table",
                "two columns: the agency and \"Số:\" on the left, the Quốc hiệu, Tiêu ngữ, place and date on the right");
            return;
        }

        if (parts.Number is { } number && parts.PlaceDate is { } placeDate)
        {
            if (number.Cell is null || placeDate.Cell is null || number.Cell.Table != placeDate.Cell.Table || number.Cell.Row != placeDate.Cell.Row)
            {
                report.Add(Nd30Rules.HeaderLayout, number, "header block", "\"Số:\" is not on the same row as the place and date", "\"Số:\" on the left, level with the place and date on the right");
            }
            else if (placeDate.Cell.Column <= number.Cell.Column)
            {
                report.Add(Nd30Rules.HeaderLayout, placeDate, "header block", "the place and date are not right of \"Số:\"", "\"Số:\" on the left, the place and date on the right");
            }
        }
    }

    private static void NumberChecks(DocumentParts parts, LintReport report)
    {
        if (parts.Number is not { } number)
        {
            return;
        }

        var found = new List<string>();
        if (Number.Deviations(number.Runs) is { } style)
        {
            found.Add(style);
        }

        Match match = NumberText.Match(Regex.Replace(number.Text.Trim(), @"\s+", " "));
        if (match.Success)
        {
            if (match.Groups["colon"].Length == 0)
            {
                found.Add("no colon after \"Số\"");
            }

            string digits = match.Groups["number"].Value;
            if (digits.Length == 1)
            {
                found.Add($"number {digits} without a leading 0");
            }

            if (digits.Length > 0 && (match.Groups["before"].Length > 0 || match.Groups["after"].Length > 0))
            {
                found.Add("spaces around \"/\"");
            }

            if (Regex.IsMatch(match.Groups["symbol"].Value, @"\s-|-\s"))
            {
                found.Add("spaces around \"-\" in the symbol");
            }
        }

        if (found.Count > 0)
        {
            report.Add(Nd30Rules.DocumentNumber, number, "số, ký hiệu", string.Join(", ", found),
                "13 pt, upright, \"Số:\" then the number (01–09 with a leading 0), \"/\" and the symbol with no spaces");
        }
    }

    private static void PlaceDateChecks(DocumentParts parts, LintReport report)
    {
        if (parts.PlaceDate is not { } line)
        {
            return;
        }

        var found = new List<string>();
        if (PlaceDate.Deviations(line.Runs) is { } style)
        {
            found.Add(style);
        }

        string text = line.Text.Trim();
        int day = text.IndexOf("ngày", StringComparison.OrdinalIgnoreCase);
        if (day > 0 && !TextKey.EndsWith(text.Substring(0, day).TrimEnd(), ','))
        {
            found.Add("no comma after the place name");
        }

        if (found.Count > 0)
        {
            report.Add(Nd30Rules.PlaceDate, line, "địa danh và thời gian", string.Join(", ", found), PlaceDate.Required + ", a comma after the place name");
        }

        Match date = DateText.Match(text);
        if (date.Success)
        {
            var padding = new List<string>();
            string d = date.Groups["day"].Value;
            string m = date.Groups["month"].Value;
            if (d.Length == 1)
            {
                padding.Add($"day written \"{d}\"");
            }

            if (m is "1" or "2")
            {
                padding.Add($"month written \"{m}\"");
            }

            if (padding.Count > 0)
            {
                report.Add(Nd30Rules.DatePadding, line, "thời gian ban hành", string.Join(", ", padding), "days 01–09 and the months 01 and 02 with a leading 0");
            }
        }
    }

    internal static void Style(LintReport report, Nd30Rule rule, DocxParagraph paragraph, IEnumerable<DocxRun> runs, string element, TextExpectation expected)
    {
        if (expected.Deviations(runs) is { } found)
        {
            report.Add(rule, paragraph, element, found, expected.Required);
        }
    }
}
