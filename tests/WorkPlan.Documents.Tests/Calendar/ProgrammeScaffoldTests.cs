using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Calendar;

public class ProgrammeScaffoldTests
{
    private static readonly YearMonth May2021 = new(2021, 5);

    private static readonly IssuingAgency Agency = new(["UBND HUYỆN ĐỨC THỌ"], ["VĂN PHÒNG ĐIỀU PHỐI"], "VP ĐP");

    private static readonly SignatureBlock Signer = new(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A");

    [Fact]
    public void Every_day_of_the_month_is_in_place_with_its_holiday_calendar_status_and_no_entries()
    {
        WorkProgramme programme = ProgrammeScaffold.ForMonth(May2021, new ImportHeader(Agency, Signer, symbol: "CTr-VPĐP"));

        Assert.Equal(ProgrammePeriod.ForMonth(May2021), programme.Period);
        Assert.Equal(31, programme.Schedule.Days.Count);
        Assert.Equal([1, 2, 3], programme.Schedule.Days.Where(d => d.Status == DayStatus.Holiday).Select(d => d.Date.Day));
        Assert.Equal("Nghỉ bù Ngày Quốc tế lao động", programme.Schedule.Days[2].HolidayName);
        Assert.All(programme.Schedule.Days, d => Assert.Empty(d.Sessions));
        Assert.Empty(programme.FocusTasks.Tasks);
    }

    [Fact]
    public void Without_a_header_every_header_value_is_the_nd30_blank_and_marked_assumed()
    {
        WorkProgramme programme = ProgrammeScaffold.ForMonth(May2021);

        Assert.Same(FormBlanks.Agency, programme.Agency);
        Assert.Same(FormBlanks.Signature, programme.Signature);
        Assert.True(programme.Identity.IsDraft);
        Assert.Equal("CTr-…", programme.Identity.Symbol);
        Assert.Equal(FormBlanks.PlaceName, programme.Identity.PlaceName);
        Assert.Equal(new LocalDate(2021, 5, 1), programme.Identity.IssueDate);
        Assert.Equal(
            AssumedFields.Agency | AssumedFields.Signature | AssumedFields.Number | AssumedFields.Symbol | AssumedFields.PlaceName | AssumedFields.IssueDate,
            programme.Assumed);
    }

    [Fact]
    public void Without_a_symbol_the_symbol_is_formed_from_the_abbreviation_without_its_spaces_and_marked_assumed()
    {
        WorkProgramme programme = ProgrammeScaffold.ForMonth(
            May2021, new ImportHeader(Agency, Signer, number: 5, placeName: "Hà Tĩnh", issueDate: new LocalDate(2021, 4, 28)));

        Assert.Equal("CTr-VPĐP", programme.Identity.Symbol);
        Assert.Equal("Số: 05/CTr-VPĐP", programme.Identity.NumberLine);
        Assert.Equal(AssumedFields.Symbol, programme.Assumed);
    }

    [Fact]
    public void The_symbol_is_the_one_the_importer_forms_from_the_same_header()
    {
        var header = new ImportHeader(Agency, Signer, placeName: "Hà Tĩnh", issueDate: new LocalDate(2021, 4, 28));
        ImportResult imported = ProgrammeTextImporter.Import("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021\n", header);

        Assert.Equal(imported.Programme.Identity.Symbol, ProgrammeScaffold.ForMonth(May2021, header).Identity.Symbol);
    }

    [Fact]
    public void The_headers_own_values_are_used_and_not_marked_assumed()
    {
        var recipients = new RecipientList([new Recipient("UBND huyện", "để báo cáo")], ["VT", "VPĐP"]);
        WorkProgramme programme = ProgrammeScaffold.ForMonth(
            May2021,
            new ImportHeader(Agency, Signer, number: 5, symbol: "CTr-VPĐP", placeName: "Hà Tĩnh", issueDate: new LocalDate(2021, 4, 28), recipients: recipients));

        Assert.Same(Agency, programme.Agency);
        Assert.Same(Signer, programme.Signature);
        Assert.Equal("Số: 05/CTr-VPĐP", programme.Identity.NumberLine);
        Assert.Equal(("Hà Tĩnh", new LocalDate(2021, 4, 28)), (programme.Identity.PlaceName, programme.Identity.IssueDate));
        Assert.Equal(["UBND huyện"], programme.Recipients.Recipients.Select(r => r.Name));
        Assert.Equal(["VT", "VPĐP"], programme.Recipients.Archive);
        Assert.Equal(AssumedFields.None, programme.Assumed);
    }

    [Fact]
    public void A_given_calendar_classifies_the_days()
    {
        WorkProgramme programme = ProgrammeScaffold.ForMonth(new YearMonth(2026, 4), calendar: VietnameseHolidayCalendar.Default);

        Assert.Equal([25, 26, 27, 30], programme.Schedule.Days.Where(d => d.Status == DayStatus.Holiday).Select(d => d.Date.Day));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1899, 12)]
    [InlineData(1900, 1)]
    [InlineData(2013, 12)]
    [InlineData(2200, 1)]
    [InlineData(9999, 12)]
    public void A_month_outside_the_calendars_years_is_refused_naming_the_years_it_covers(int year, int month)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeScaffold.ForMonth(new YearMonth(year, month)));

        Assert.Equal("month", error.ParamName);
        Assert.StartsWith(
            $"{year:D4}-{month:D2} is outside the years the Vietnamese holiday calendar covers, 2014 to 2199: its days cannot be classified.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2014, 1)]
    [InlineData(2199, 12)]
    public void The_first_and_last_months_of_the_calendar_are_scaffolded(int year, int month)
    {
        WorkProgramme programme = ProgrammeScaffold.ForMonth(new YearMonth(year, month));

        Assert.Equal(new YearMonth(year, month).ToDateInterval().Length, programme.Schedule.Days.Count);
    }
}
