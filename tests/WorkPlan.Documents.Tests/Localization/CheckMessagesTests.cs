using System.Globalization;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Localization;

/// <summary>The checker's findings in English and Vietnamese, from CheckMessages.resx and its vi satellite.</summary>
public class CheckMessagesTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void The_seeds_findings_are_worded_in_vietnamese_for_a_vietnamese_culture_and_in_english_otherwise()
    {
        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(Renderers.Seed(), VietnameseHolidayCalendar.Default);

        Assert.Equal(21, findings.Count);
        foreach (Finding finding in findings)
        {
            string vi = finding.GetMessage(Vietnamese);
            Assert.NotEqual(finding.GetMessage(English), vi);
            Assert.Equal(vi, finding.GetMessage(CultureInfo.GetCultureInfo("vi-VN")));
            Assert.Equal(finding.GetMessage(English), finding.GetMessage(CultureInfo.InvariantCulture));
            Assert.Equal(finding.GetMessage(English), finding.GetMessage(CultureInfo.GetCultureInfo("fr-FR")));
            Assert.DoesNotMatch(@"\b(morning|afternoon|Saturday|Sunday|entries|times|is|the)\b", vi);
        }

        Finding variant = findings.First(f => f.RuleId == "WP004");
        Assert.Equal("Người có tên \"Dục\" (1 lần, lần đầu ngày 31/5) có lẽ chính là \"Dực\" (36 lần) nhưng được viết khác.", variant.GetMessage(Vietnamese));
        Assert.Equal("Ghi \"Dực\".", variant.GetSuggestedFix(Vietnamese));
        Assert.Equal("The person \"Dục\" (1 time, first on 31/5) is probably \"Dực\" (36 times) written differently.", variant.GetMessage(English));
        Assert.Equal("Ngày 08/5 (Thứ Bảy) là ngày nghỉ hằng tuần nhưng có 3 công việc.", findings.First(f => f.RuleId == "WP006").GetMessage(Vietnamese));
    }

    [Fact]
    public void Message_follows_the_current_ui_culture_where_it_is_read()
    {
        Finding finding = ProgrammeChecker.Check(Renderers.Seed(), VietnameseHolidayCalendar.Default).First(f => f.RuleId == "WP006");
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.StartsWith("Ngày 08/5 (Thứ Bảy)", finding.Message, StringComparison.Ordinal);
            Assert.Null(finding.SuggestedFix);
            CultureInfo.CurrentUICulture = English;
            Assert.StartsWith("08/5 (Saturday) is a weekly rest day", finding.Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_null_culture_is_refused() =>
        Assert.Throws<ArgumentNullException>("culture", () => ProgrammeChecker.Check(Renderers.Seed())[0].GetMessage(null!));
}
