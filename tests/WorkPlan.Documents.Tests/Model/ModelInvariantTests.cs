using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Model;

public class ModelInvariantTests
{
    private static readonly LocalDate May7 = new(2021, 5, 7);

    [Fact]
    public void An_entry_outside_the_period_is_rejected()
    {
        var june = new ScheduleDay(new LocalDate(2021, 6, 1), DayStatus.WorkingDay, [new ScheduleSession(SessionKind.Morning, [new ScheduleEntry("x")])]);
        ArgumentException error = Assert.Throws<ArgumentException>(() => new WorkProgramme(
            Samples.Agency,
            new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", May7),
            ProgrammePeriod.ForMonth(new YearMonth(2021, 5)),
            new ScheduleSection([june]),
            Samples.Signature));
        Assert.Contains("2021-06-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("outside the period 2021-05", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_listed_twice_is_rejected()
    {
        var day = new ScheduleDay(May7, DayStatus.WorkingDay);
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ScheduleSection([day, new ScheduleDay(May7, DayStatus.WorkingDay)]));
        Assert.Contains("2021-05-07 twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_listed_twice_in_a_day_is_rejected()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ScheduleDay(
            May7, DayStatus.WorkingDay, [new ScheduleSession(SessionKind.Morning), new ScheduleSession(SessionKind.Morning)]));
        Assert.Contains("Morning is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_entry_is_rejected(string content)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ScheduleEntry(content));
        Assert.Equal("entry.content", error.ParamName);
    }

    [Fact]
    public void A_holiday_name_on_a_working_day_is_rejected()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ScheduleDay(May7, DayStatus.WorkingDay, holidayName: "Tết"));
        Assert.Contains("only allowed on a Holiday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_checks_number_symbol_and_place()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentIdentity(0, "CTr-VPĐP", "Hà Tĩnh", May7));
        Assert.Equal("identity.symbol", Assert.Throws<ArgumentException>(() => new DocumentIdentity(1, "CTr - VPĐP", "Hà Tĩnh", May7)).ParamName);
        Assert.Equal("identity.placeName", Assert.Throws<ArgumentException>(() => new DocumentIdentity(1, "CTr-VPĐP", "", May7)).ParamName);
        Assert.True(new DocumentIdentity(null, "CTr-VPĐP", "Hà Tĩnh", May7).IsDraft);
    }

    [Fact]
    public void Agency_needs_a_name_line_and_an_abbreviation()
    {
        Assert.Equal("agency.nameLines", Assert.Throws<ArgumentException>(() => new IssuingAgency([], [], "VPĐP")).ParamName);
        Assert.Equal("agency.nameLines[1]", Assert.Throws<ArgumentException>(() => new IssuingAgency([], ["A", " "], "VPĐP")).ParamName);
        Assert.Equal("agency.abbreviation", Assert.Throws<ArgumentException>(() => new IssuingAgency([], ["A"], "")).ParamName);
    }

    [Fact]
    public void Signature_needs_title_and_name()
    {
        Assert.Equal("signature.signerTitle", Assert.Throws<ArgumentException>(() => new SignatureBlock(null, "", "A")).ParamName);
        Assert.Equal("signature.signerName", Assert.Throws<ArgumentException>(() => new SignatureBlock(null, "A", " ")).ParamName);
    }

    [Fact]
    public void Forbidden_characters_are_rejected_naming_the_field()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => new ScheduleEntry("Họp", preparingUnit: "Phòng\u0007OCOP"));
        Assert.Equal("entry.preparingUnit", error.ParamName);
        Assert.Contains("U+0007", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_entering_the_model_is_NFC()
    {
        string decomposed = "Kiểm tra ý tưởng sản phẩm".Normalize(System.Text.NormalizationForm.FormD);
        var entry = new ScheduleEntry(decomposed, "Phòng OCOP", [new Person("Dực".Normalize(System.Text.NormalizationForm.FormD))]);
        Assert.Equal("Kiểm tra ý tưởng sản phẩm", entry.Content);
        Assert.Equal("Dực", entry.Leaders[0].Name);
    }

    [Fact]
    public void Extra_fields_are_unique_and_ordered()
    {
        var entry = new ScheduleEntry("x", fields: [new("Địa điểm", "A"), new("Ghi chú", "B")]);
        Assert.Equal(["Ghi chú", "Địa điểm"], entry.Fields.Keys);
        Assert.Throws<ArgumentException>(() => new ScheduleEntry("x", fields: [new("A", "1"), new("A", "2")]));
    }

    [Fact]
    public void Periods_of_equal_spans_are_equal()
    {
        ProgrammePeriod month = ProgrammePeriod.ForMonth(new YearMonth(2021, 5));
        Assert.Equal(month, ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 5, 1), new LocalDate(2021, 5, 31))));
        Assert.Equal(PeriodKind.Week, ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 5, 3), new LocalDate(2021, 5, 9))).Kind);
        Assert.Equal(PeriodKind.Custom, ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 5, 3), new LocalDate(2021, 5, 12))).Kind);
        Assert.Throws<ProgrammeLimitException>(() => ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 1, 1), new LocalDate(2022, 1, 2))));
    }
}
