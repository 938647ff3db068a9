using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Checking;

/// <summary>Each rule on small programmes built in code: what it reports and what it leaves alone.</summary>
public class CheckRuleTests
{
    private static readonly YearMonth May2021 = new(2021, 5);

    private static WorkProgrammeBuilder Builder(string symbol = "CTr-VPĐP", LocalDate? issued = null) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(May2021))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, symbol, "Hà Tĩnh", issued ?? new LocalDate(2021, 5, 3)))
            .WithSignature(Samples.Signature)
            .IncludeEmptyDays(false);

    /// <summary>Findings of one rule, as (day, session, entry index).</summary>
    private static List<(int Day, SessionKind? Session, int? Entry)> Of(string rule, WorkProgramme programme, IDayClassifier? classifier = null) =>
        ProgrammeChecker.Check(programme, classifier).Where(f => f.RuleId == rule)
            .Select(f => (f.Location.Date?.Day ?? 0, f.Location.Session, f.Location.EntryIndex)).ToList();

    private static ScheduleEntry Entry(string content, string unit, params string[] leaders) =>
        new(content, unit, leaders.Select(n => new Person(n)));

    [Fact]
    public void Rules_have_stable_unique_ids_in_order()
    {
        Assert.Equal(
            ["WP001", "WP002", "WP003", "WP004", "WP005", "WP006", "WP007", "WP008", "WP009", "WP010", "WP011", "WP012", "WP013"],
            CheckRules.All.Select(r => r.Id));
        Assert.Equal(
            [FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Information, FindingSeverity.Warning, FindingSeverity.Warning,
             FindingSeverity.Information, FindingSeverity.Information, FindingSeverity.Error, FindingSeverity.Warning, FindingSeverity.Error,
             FindingSeverity.Warning, FindingSeverity.Information, FindingSeverity.Information],
            CheckRules.All.Select(r => r.Severity));
    }

    [Fact]
    public void WP001_reports_a_written_weekday_that_is_not_the_dates()
    {
        WorkProgramme programme = Builder()
            .Day(4, d => d.Written(IsoDayOfWeek.Wednesday).Morning(s => s.Add("Giao ban", "Phòng HCTHTT", "Oánh")))
            .Day(5, d => d.Written(IsoDayOfWeek.Wednesday).Morning(s => s.Add("Giao ban", "Phòng HCTHTT", "Oánh")))
            .Build();

        Finding finding = Assert.Single(ProgrammeChecker.Check(programme), f => f.RuleId == "WP001");
        Assert.Equal((4, FindingSeverity.Error), (finding.Location.Date!.Value.Day, finding.Severity));
        Assert.Equal("Write \"Thứ 3\", or correct the day number.", finding.SuggestedFix);
    }

    [Fact]
    public void WP002_reports_a_sole_leader_twice_in_one_session_unless_their_start_times_differ()
    {
        WorkProgramme programme = Builder()
            .Day(4, d => d.Morning(s => s.Add("Họp A", "Phòng OCOP", "Dực").Add("Họp B", "Phòng OCOP", "Dực")))
            .Day(5, d => d.Morning(s => s.AddAt(new LocalTime(8, 0), "Họp A", "Phòng OCOP", "Dực").AddAt(new LocalTime(10, 0), "Họp B", "Phòng OCOP", "Dực")))
            .Day(6, d => d.Morning(s => s.AddAt(new LocalTime(14, 0), "Họp A", "Phòng OCOP", "Dực")).Afternoon(s => s.AddAt(new LocalTime(14, 0), "Họp B", "Phòng OCOP", "Dực")))
            .Day(7, d => d.Morning(s => s.Add("Họp A", "Phòng OCOP", "Dực")).Afternoon(s => s.Add("Họp B", "Phòng OCOP", "Dực")))
            .Build();

        Assert.Equal([(4, SessionKind.Morning, 0), (6, SessionKind.Morning, 0)], Of("WP002", programme));
        Assert.Empty(Of("WP003", programme));
    }

    [Fact]
    public void WP003_reports_shared_leaders_only_through_an_all_day_entry_or_a_shared_start_time()
    {
        WorkProgramme programme = Builder()
            .Day(4, d => d.Morning(s => s.Add("Giao ban", "Phòng HCTHTT", "Oánh", "Long", "Anh", "Dực").Add("Hoàn thiện hồ sơ", "Phòng KHNVGS", "Oánh", "Long", "Anh")))
            .Day(5, d => d.Morning(s => s.AddAllDay("Kiểm tra xã", "Phòng KHNVGS", "Oánh", "Long")).Afternoon(s => s.Add("Chuẩn bị", "Phòng KHNVGS", "Long")))
            .Day(6, d => d.Morning(s => s.AddAt(new LocalTime(8, 0), "Hội nghị", "Phòng KHNVGS", "Oánh", "Long")).Afternoon(s => s.AddAt(new LocalTime(8, 0), "Chuẩn bị", "Phòng KHNVGS", "Long", "Anh")))
            .Day(7, d => d.AllDay(s => s.Add("Đi cơ sở", "Phòng KHNVGS", "Anh", "Dực")).Morning(s => s.Add("Chuẩn bị", "Phòng KHNVGS", "Oánh")))
            .Build();

        // 04: ordinary sharing within a session; 05: all-day (Long alone on the other one, Oánh free); 06: same start time;
        // 07: a whole-day session shares nobody with the morning.
        Assert.Equal([(5, SessionKind.Morning, 0), (6, SessionKind.Morning, 0)], Of("WP003", programme));
        Assert.Empty(Of("WP002", programme));
    }

    [Fact]
    public void WP004_suggests_the_most_frequent_spelling_and_leaves_two_people_listed_together_alone()
    {
        WorkProgramme programme = Builder()
            .Day(4, d => d.Morning(s => s.Add("Giao ban", "Phòng HCTHTT", "Oánh", "Dực", "Anh", "Ánh")))
            .Day(5, d => d.Morning(s => s.Add("Họp", "Phòng OCOP", "Dực")))
            .Day(6, d => d.Morning(s => s.Add("Họp", "Phòng OCOP", "Dục").Add("Khảo sát", "Phòng OCOP", "Oá nh")))
            .Build();

        var findings = ProgrammeChecker.Check(programme).Where(f => f.RuleId == "WP004").ToList();
        Assert.Equal(["Write \"Dực\".", "Write \"Oánh\"."], findings.Select(f => f.SuggestedFix));
        Assert.Equal([ProgrammeLocation.ForEntry(new LocalDate(2021, 5, 6), SessionKind.Morning, 0, "leaders[0]"), ProgrammeLocation.ForEntry(new LocalDate(2021, 5, 6), SessionKind.Morning, 1, "leaders[0]")], findings.Select(f => f.Location));
    }

    [Fact]
    public void WP005_meets_units_written_with_spaces_or_without_Phong()
    {
        WorkProgramme programme = Builder()
            .Day(4, d => d.Morning(s => s.Add("A", "Phòng KHN VG S", "Oánh").Add("B", "KHNVGS", "Oánh").Add("C", "Phòng KHNVGS", "Oánh").Add("D", "Phòng KHNVGS", "Oánh").Add("E", "Phòng OCOP", "Dực")))
            .Build();

        var findings = ProgrammeChecker.Check(programme).Where(f => f.RuleId == "WP005").ToList();
        Assert.Equal([0, 1], findings.Select(f => f.Location.EntryIndex!.Value));
        Assert.All(findings, f => Assert.Equal("Write \"Phòng KHNVGS\".", f.SuggestedFix));
    }

    [Fact]
    public void WP006_and_WP007_look_at_every_day_of_the_period()
    {
        WorkProgramme programme = Builder()
            .Day(1, d => d.Status(DayStatus.Holiday).Morning(s => s.Add("Trực", "Phòng HCTHTT", "Anh")))
            .Day(2, d => d.Morning(_ => { }))
            .Day(3, d => d.Morning(_ => { }).Afternoon(_ => { }))
            .Day(4, d => d.Morning(s => s.Add("Giao ban", "Phòng HCTHTT", "Oánh")))
            .Day(8, d => d.Status(DayStatus.MakeUpWorkingDay))
            .Build();

        Assert.Equal([(1, null, null)], Of("WP006", programme));

        // 03 (Monday, listed, empty) and 08 (make-up day, empty); then every unlisted working day from 05 on.
        var empty = Of("WP007", programme).Select(f => f.Day).ToList();
        Assert.Equal(3, empty[0]);
        Assert.Equal(5, empty[1]);
        Assert.Contains(8, empty);
        Assert.DoesNotContain(9, empty);
        Assert.Equal(2 + 19, empty.Count);

        // A classifier that knows every unlisted day is a holiday leaves only the listed empty days.
        Assert.Equal([3, 8], Of("WP007", programme, new EveryDayHoliday()).Select(f => f.Day));
    }

    [Theory]
    [InlineData("CTr-VPĐP", false)]
    [InlineData("CTr-UBND", false)]
    [InlineData("CT-VPĐP", true)]
    [InlineData("KH-VPĐP", true)]
    [InlineData("CTr", true)]
    [InlineData("CTr-", true)]
    [InlineData("ctr-VPĐP", true)]
    public void WP008_requires_a_symbol_of_the_form_CTr(string symbol, bool reported)
    {
        var findings = ProgrammeChecker.Check(Builder(symbol).Build()).Where(f => f.RuleId == "WP008").ToList();
        Assert.Equal(reported ? 1 : 0, findings.Count);
        Assert.All(findings, f => Assert.Equal(("identity.symbol", "Write \"CTr-VPĐP\"."), (f.Location.Field, f.SuggestedFix)));
    }

    [Theory]
    [InlineData("2021-05-07", false)]
    [InlineData("2021-05-08", true)]
    [InlineData("2021-05-01", false)]
    [InlineData("2021-04-01", false)]
    [InlineData("2021-03-31", true)]
    public void WP009_wants_the_issue_date_between_a_month_before_and_the_first_week(string date, bool reported)
    {
        LocalDate issued = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(reported ? 1 : 0, ProgrammeChecker.Check(Builder(issued: issued).Build()).Count(f => f.RuleId == "WP009"));
    }

    [Fact]
    public void Programmes_built_in_code_are_checked_too()
    {
        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(Samples.Minimal());
        Assert.Equal(["WP007", "WP007", "WP007", "WP007"], findings.Select(f => f.RuleId));
        Assert.NotEmpty(ProgrammeChecker.Check(Samples.FullMonth()));
    }

    private sealed class EveryDayHoliday : IDayClassifier
    {
        public DayClassification Classify(LocalDate date) => new(DayStatus.Holiday);
    }
}
