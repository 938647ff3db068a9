using System.Text.RegularExpressions;
using WorkPlan.Documents.Localization;

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
            report.Add(Nd30Rules.NationalName, LintText.Name("Quốc hiệu"), LintText.Of("Found_NotFound"), LintText.Of("Required_NationalName"));
        }
        else
        {
            Style(report, Nd30Rules.NationalName, national, national.Runs.Where(r => parts.Motto != national || r.Line < parts.MottoLine), LintText.Name("Quốc hiệu"), National);
            MottoChecks(parts, all, report, national);
            Layout(parts, report, national);
        }

        foreach (DocxParagraph line in parts.ParentAgency)
        {
            Style(report, Nd30Rules.AgencyName, line, line.Runs, LintText.Name("tên cơ quan chủ quản"), ParentAgency);
        }

        foreach (DocxParagraph line in parts.Agency)
        {
            Style(report, Nd30Rules.AgencyName, line, line.Runs, LintText.Name("tên cơ quan ban hành"), Agency);
        }

        if (parts.Agency.Count == 0 && national is not null)
        {
            report.Add(Nd30Rules.AgencyName, national, LintText.Name("tên cơ quan ban hành"), LintText.Of("Found_AgencyNotFound"), LintText.Of("Required_AgencyPosition"));
        }
        else if (parts.Agency.Count > 0)
        {
            DocxParagraph last = parts.Agency[^1];
            if (!RuleLine.Below(last, all))
            {
                report.Add(Nd30Rules.AgencyRule, last, LintText.Of("Element_AgencyRule"),
                    LintText.Of(RuleLine.Underlined(last.Runs) ? "Found_NameUnderlined" : "Found_NoLine"), LintText.Of("Required_AgencyRule"));
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
            report.Add(Nd30Rules.Motto, national, LintText.Name("Tiêu ngữ"), LintText.Of("Found_MottoNotFound"), LintText.Of("Required_MottoPosition"));
            return;
        }

        var runs = motto.Runs.Where(r => motto != national || r.Line >= parts.MottoLine).ToList();
        string text = Regex.Replace(string.Concat(runs.Select(r => r.Text)).Normalize(System.Text.NormalizationForm.FormC), @"\s+", " ").Trim();
        LocalizedText? style = Motto.Deviations(runs);
        LocalizedText? words = MottoText.IsMatch(text) ? null : LintText.Of("Found_Written", text);
        if (style is not null || words is not null)
        {
            report.Add(Nd30Rules.Motto, motto, LintText.Name("Tiêu ngữ"), LintText.List(new[] { style, words }.OfType<LocalizedText>()),
                LintText.Of("Required_MottoText", Motto.Required));
        }

        if (!RuleLine.Below(motto, all) && !RuleLine.Underlined(runs))
        {
            report.Add(Nd30Rules.MottoRule, motto, LintText.Of("Element_MottoRule"), LintText.Of("Found_NoLine"), LintText.Of("Required_MottoRule"));
        }
    }

    private static void Layout(DocumentParts parts, LintReport report, DocxParagraph national)
    {
        if (national.Cell is not { } cell || cell.Column == 0)
        {
            report.Add(Nd30Rules.HeaderLayout, national, LintText.Of("Element_HeaderBlock"),
                LintText.Of(national.Cell is null ? "Found_NationalInPage" : "Found_NationalFirstColumn"),
                LintText.Of("Required_HeaderColumns"));
            return;
        }

        if (parts.Number is { } number && parts.PlaceDate is { } placeDate)
        {
            if (number.Cell is null || placeDate.Cell is null || number.Cell.Table != placeDate.Cell.Table || number.Cell.Row != placeDate.Cell.Row)
            {
                report.Add(Nd30Rules.HeaderLayout, number, LintText.Of("Element_HeaderBlock"), LintText.Of("Found_NumberNotLevel"), LintText.Of("Required_NumberLevel"));
            }
            else if (placeDate.Cell.Column <= number.Cell.Column)
            {
                report.Add(Nd30Rules.HeaderLayout, placeDate, LintText.Of("Element_HeaderBlock"), LintText.Of("Found_PlaceDateNotRight"), LintText.Of("Required_NumberLeft"));
            }
        }
    }

    private static void NumberChecks(DocumentParts parts, LintReport report)
    {
        if (parts.Number is not { } number)
        {
            return;
        }

        var found = new List<LocalizedText>();
        if (Number.Deviations(number.Runs) is { } style)
        {
            found.Add(style);
        }

        Match match = NumberText.Match(Regex.Replace(number.Text.Trim(), @"\s+", " "));
        if (match.Success)
        {
            if (match.Groups["colon"].Length == 0)
            {
                found.Add(LintText.Of("Found_NoColonAfterNumber"));
            }

            string digits = match.Groups["number"].Value;
            if (digits.Length == 1)
            {
                found.Add(LintText.Of("Found_NoLeadingZero", digits));
            }

            if (digits.Length > 0 && (match.Groups["before"].Length > 0 || match.Groups["after"].Length > 0))
            {
                found.Add(LintText.Of("Found_SpacesAroundSlash"));
            }

            if (Regex.IsMatch(match.Groups["symbol"].Value, @"\s-|-\s"))
            {
                found.Add(LintText.Of("Found_SpacesAroundHyphen"));
            }
        }

        if (found.Count > 0)
        {
            report.Add(Nd30Rules.DocumentNumber, number, LintText.Name("số, ký hiệu"), LintText.List(found), LintText.Of("Required_Number"));
        }
    }

    private static void PlaceDateChecks(DocumentParts parts, LintReport report)
    {
        if (parts.PlaceDate is not { } line)
        {
            return;
        }

        var found = new List<LocalizedText>();
        if (PlaceDate.Deviations(line.Runs) is { } style)
        {
            found.Add(style);
        }

        string text = line.Text.Trim();
        int day = text.IndexOf("ngày", StringComparison.OrdinalIgnoreCase);
        if (day > 0 && !TextKey.EndsWith(text.Substring(0, day).TrimEnd(), ','))
        {
            found.Add(LintText.Of("Found_NoCommaAfterPlace"));
        }

        if (found.Count > 0)
        {
            report.Add(Nd30Rules.PlaceDate, line, LintText.Name("địa danh và thời gian"), LintText.List(found), LintText.Of("Required_PlaceDate", PlaceDate.Required));
        }

        Match date = DateText.Match(text);
        if (date.Success)
        {
            var padding = new List<LocalizedText>();
            string d = date.Groups["day"].Value;
            string m = date.Groups["month"].Value;
            if (d.Length == 1)
            {
                padding.Add(LintText.Of("Found_DayWritten", d));
            }

            if (m is "1" or "2")
            {
                padding.Add(LintText.Of("Found_MonthWritten", m));
            }

            if (padding.Count > 0)
            {
                report.Add(Nd30Rules.DatePadding, line, LintText.Name("thời gian ban hành"), LintText.List(padding), LintText.Of("Required_DatePadding"));
            }
        }
    }

    internal static void Style(LintReport report, Nd30Rule rule, DocxParagraph paragraph, IEnumerable<DocxRun> runs, LocalizedText element, TextExpectation expected)
    {
        if (expected.Deviations(runs) is { } found)
        {
            report.Add(rule, paragraph, element, found, expected.Required);
        }
    }
}
