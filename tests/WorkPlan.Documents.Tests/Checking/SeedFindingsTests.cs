using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Import;

namespace WorkPlan.Documents.Tests.Checking;

/// <summary>
/// The checker's findings on the seed, derived by reading the seed (docs/import-and-check.md, "Findings on the
/// seed", explains each) and asserted exactly.
/// </summary>
public class SeedFindingsTests
{
    private const FindingSeverity Info = FindingSeverity.Information;
    private const FindingSeverity Warning = FindingSeverity.Warning;
    private const SessionKind Morning = SessionKind.Morning;

    /// <summary>(rule, severity, day of May 2021, session, entry index within the session).</summary>
    private static readonly (string Rule, FindingSeverity Severity, int Day, SessionKind? Session, int? Entry)[] Expected =
    [
        // 04/5: "Phòng KHN VG S" (10 times, 04/5–07/5) is "Phòng KHNVGS" (46 times) with spaces.
        ("WP005", Warning, 4, Morning, 1),

        // 06/5: Đ/c Dực alone on "Họp hoàn thiện kết luận nghiệm thu" (morning) and on the all-day
        // "Kiểm tra ý tưởng sản phẩm … (cả ngày)"; the all-day check also collides with the afternoon meeting.
        ("WP002", Warning, 6, Morning, 2),
        ("WP002", Warning, 6, Morning, 3),

        // 07/5: the same pattern.
        ("WP002", Warning, 7, Morning, 3),
        ("WP002", Warning, 7, Morning, 4),

        // Saturday 08/5 and Sunday 09/5 have work.
        ("WP006", Info, 8, null, null),
        ("WP006", Info, 9, null, null),

        // 11/5: Oánh, Long, Anh, Dực on the all-day survey (cả ngày) and on the afternoon visit (Lịch UBND tỉnh).
        ("WP003", Info, 11, Morning, 0),

        // Weekend 15/5 and 16/5 have work.
        ("WP006", Info, 15, null, null),
        ("WP006", Info, 16, null, null),

        // 21/5: "KHNVGS" is "Phòng KHNVGS" without "Phòng".
        ("WP005", Warning, 21, Morning, 0),

        // Saturday 22/5 has work.
        ("WP006", Info, 22, null, null),

        // 24/5: Oánh, Long, Anh on the all-day inspection at Hương Sơn (morning #3) and on the briefing (with Dực),
        // the morning preparation and the afternoon preparation.
        ("WP003", Info, 24, Morning, 0),
        ("WP003", Info, 24, Morning, 1),
        ("WP003", Info, 24, Morning, 2),

        // 25/5: the same inspection against the morning and the afternoon preparation (Dực's all-day check shares nobody).
        ("WP003", Info, 25, Morning, 0),
        ("WP003", Info, 25, Morning, 1),

        // 26/5: the same three on the inspection and on the preparation of the Hội nghị, morning and afternoon.
        ("WP003", Info, 26, Morning, 0),
        ("WP003", Info, 26, Morning, 1),

        // Saturday 29/5 has work.
        ("WP006", Info, 29, null, null),

        // 31/5: "đ/c Dục" at the briefing is Đ/c Dực (36 times) with a different tone mark.
        ("WP004", Warning, 31, Morning, 0),
    ];

    [Fact]
    public void The_findings_on_the_seed_are_exactly_the_expected_ones()
    {
        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(SeedFiles.Import().Programme);

        var actual = findings.Select(f => (f.RuleId, f.Severity, f.Location.Date?.Day ?? 0, f.Location.Session, f.Location.EntryIndex)).ToList();
        Assert.Equal(Expected.Select(e => (e.Rule, e.Severity, e.Day, e.Session, e.Entry)).ToList(), actual);
        Assert.All(findings, f => Assert.Equal(CheckRules.All.Single(r => r.Id == f.RuleId).Severity, f.Severity));
    }

    [Fact]
    public void The_seed_findings_name_the_people_units_and_fixes()
    {
        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(SeedFiles.Import().Programme);

        Finding doubleBooked = findings.First(f => f.RuleId == "WP002");
        Assert.Contains("Đ/c Dực is the only leader", doubleBooked.Message, StringComparison.Ordinal);
        Assert.Equal([ProgrammeLocation.ForEntry(new NodaTime.LocalDate(2021, 5, 6), SessionKind.Morning, 3, "leaders[0]")], doubleBooked.RelatedLocations);
        Assert.NotNull(doubleBooked.SuggestedFix);

        Finding afternoon = findings.Where(f => f.RuleId == "WP002").ElementAt(1);
        Assert.Equal([ProgrammeLocation.ForEntry(new NodaTime.LocalDate(2021, 5, 6), SessionKind.Afternoon, 1, "leaders[0]")], afternoon.RelatedLocations);

        Finding spaced = findings.First(f => f.RuleId == "WP005");
        Assert.Equal("Write \"Phòng KHNVGS\".", spaced.SuggestedFix);
        Assert.Equal("preparingUnit", spaced.Location.Field);
        Assert.Equal(9, spaced.RelatedLocations.Count);
        Assert.Contains("\"Phòng KHN VG S\" (10 times", spaced.Message, StringComparison.Ordinal);

        Finding person = findings.Single(f => f.RuleId == "WP004");
        Assert.Equal("Write \"Dực\".", person.SuggestedFix);
        Assert.Equal("leaders[2]", person.Location.Field);

        Finding shared = findings.First(f => f.RuleId == "WP003");
        Assert.Contains("Đ/c Oánh, Đ/c Long, Đ/c Anh, Đ/c Dực are listed", shared.Message, StringComparison.Ordinal);
        Assert.Null(shared.SuggestedFix);
    }
}
