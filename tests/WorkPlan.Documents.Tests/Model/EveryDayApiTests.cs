using NodaTime;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Model;

/// <summary>
/// The everyday API as a new user meets it (issue 13): a day number in a week across two months, entries with a
/// location, leaders written with their honorific, argument errors that say their parameter once.
/// </summary>
public class EveryDayApiTests
{
    private static WorkProgrammeBuilder Week(LocalDate dayInWeek) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(dayInWeek))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", dayInWeek))
            .WithSignature(Samples.Signature);

    [Fact]
    public void A_day_number_in_a_week_across_two_months_is_the_weeks_date_of_that_number()
    {
        WorkProgramme programme = Week(new LocalDate(2021, 6, 30))
            .Day(2, d => d.Morning(s => s.Add("Giao ban")))
            .Day(28, d => d.Afternoon(s => s.Add("Họp")))
            .Build();

        Assert.Equal(new LocalDate(2021, 6, 28), programme.Period.Start);
        Assert.Equal("Giao ban", programme.Schedule.Days.Single(d => d.Date == new LocalDate(2021, 7, 2)).Sessions.Single().Entries.Single().Content);
        Assert.Equal("Họp", programme.Schedule.Days.Single(d => d.Date == new LocalDate(2021, 6, 28)).Sessions.Single().Entries.Single().Content);
    }

    [Fact]
    public void A_day_number_no_date_of_the_period_has_is_named_with_the_period()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => Week(new LocalDate(2021, 6, 30)).Day(15, d => { }));

        Assert.Equal("dayOfMonth", error.ParamName);
        Assert.StartsWith("no day of the period 2021-06-28 – 2021-07-04 is day 15 of its month.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_number_two_dates_of_a_long_interval_have_asks_for_the_date()
    {
        WorkProgrammeBuilder builder = WorkProgramme.CreateBuilder(ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 5, 1), new LocalDate(2021, 6, 15))));

        ArgumentException error = Assert.Throws<ArgumentException>(() => builder.Day(3, d => { }));

        Assert.StartsWith("day 3 is ambiguous in the period 2021-05-01 – 2021-06-15: both 2021-05-03 and 2021-06-03; pass the date instead.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_can_be_given_a_location_with_or_without_a_start_time()
    {
        WorkProgramme programme = Week(new LocalDate(2021, 5, 12))
            .Day(10, d => d
                .Morning(s => s
                    .AddAtLocation("Giao ban", "Phòng họp tầng 3", "Phòng HCTHTT", "Oánh")
                    .AddAtLocation(new LocalTime(14, 0), "Làm việc với Sở", "Sở NN&PTNT", null, "Long")))
            .Build();

        IReadOnlyList<ScheduleEntry> entries = programme.Schedule.Days.Single(d => d.Date.Day == 10).Sessions.Single().Entries;
        Assert.Equal(("Phòng họp tầng 3", (LocalTime?)null, "Phòng HCTHTT"), (entries[0].Location, entries[0].StartTime, entries[0].PreparingUnit));
        Assert.Equal(("Sở NN&PTNT", (LocalTime?)new LocalTime(14, 0), (string?)null), (entries[1].Location, entries[1].StartTime, entries[1].PreparingUnit));
        Assert.Throws<ArgumentException>(() => Week(new LocalDate(2021, 5, 12)).Day(10, d => d.Morning(s => s.AddAtLocation("Giao ban", " ", null))));
    }

    [Theory]
    [InlineData("Oánh", "Đ/c", "Oánh")]
    [InlineData("Đ/c Oánh", "Đ/c", "Oánh")]
    [InlineData("đ/c Oánh", "Đ/c", "Oánh")]
    [InlineData("Đ/c. Oánh", "Đ/c", "Oánh")]
    [InlineData("Đồng chí Nguyễn Văn A", "Đồng chí", "Nguyễn Văn A")]
    [InlineData("Ông Nguyễn Văn A", "Ông", "Nguyễn Văn A")]
    [InlineData("Bà Lan", "Bà", "Lan")]
    [InlineData("Bàng", "Đ/c", "Bàng")]
    public void A_leader_written_with_an_honorific_keeps_it_apart_from_the_name(string written, string honorific, string name)
    {
        Person person = Person.FromWritten(written);

        Assert.Equal((honorific, name), (person.Honorific, person.Name));
        Assert.Equal(honorific + " " + name, person.DisplayName);
    }

    [Fact]
    public void The_builder_reads_leaders_as_written_so_no_honorific_prints_twice()
    {
        WorkProgramme programme = Week(new LocalDate(2021, 5, 12))
            .Day(10, d => d.Morning(s => s.Add("Giao ban", null, "Đ/c Oánh", "Long")))
            .Build();

        Assert.Equal(["Đ/c Oánh", "Đ/c Long"], programme.Schedule.Days.Single(d => d.Date.Day == 10).Sessions.Single().Entries.Single().Leaders.Select(p => p.DisplayName));
        Assert.Throws<ArgumentException>(() => Person.FromWritten("Đ/c "));
    }

    [Fact]
    public void WP013_reports_a_name_that_carries_the_honorific_the_document_also_prints()
    {
        WorkProgramme programme = Week(new LocalDate(2021, 5, 12))
            .Day(10, d => d.Morning(s => s.Add(new ScheduleEntry("Giao ban", leaders: [new Person("Đ/c Oánh"), new Person("Long")]))))
            .Build();

        Finding finding = Assert.Single(ProgrammeChecker.Check(programme), f => f.RuleId == "WP013");

        Assert.Equal(FindingSeverity.Information, finding.Severity);
        Assert.Equal(ProgrammeLocation.ForEntry(new LocalDate(2021, 5, 10), SessionKind.Morning, 0, "leaders[0].name"), finding.Location);
        Assert.Equal("the leader \"Đ/c Oánh\" starts with the honorific \"Đ/c\" and the honorific \"Đ/c\" is also given, so it prints \"Đ/c Đ/c Oánh\".", finding.Message);
        Assert.Equal("Write the name without it: \"Oánh\" (the honorific \"Đ/c\" is printed before it).", finding.SuggestedFix);
    }

    [Fact]
    public void The_checkers_default_calendar_is_the_Vietnamese_holiday_calendar_as_in_the_cli()
    {
        // 3 May 2021 is a public holiday's day off (30/4–1/5 moved); a schedule without it is not missing a working day.
        WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithSignature(Samples.Signature)
            .IncludeEmptyDays(false)
            .Day(4, d => d.Morning(s => s.Add("Giao ban")))
            .Build();

        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(programme);

        Assert.DoesNotContain(findings, f => f.RuleId == "WP007" && f.Location.Date == new LocalDate(2021, 5, 3));
        Assert.Contains(findings, f => f.RuleId == "WP007" && f.Location.Date == new LocalDate(2021, 5, 5));
        Assert.Equal(
            findings.Select(f => f.ToString()),
            ProgrammeChecker.Check(programme, WorkPlan.Documents.Calendar.Holidays.VietnameseHolidayCalendar.Default).Select(f => f.ToString()));
    }

    [Fact]
    public void An_argument_error_inside_a_day_names_its_parameter_once()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Week(new LocalDate(2021, 5, 12))
            .Day(10, d => d.Morning(s => s.Add(new ScheduleEntry("Giao ban", leaders: [new Person(" ")])))));

        Assert.Equal("person.name", error.ParamName);
        Assert.Equal(1, CountOf(error.Message, "(Parameter 'person.name')"));
        Assert.StartsWith("day 2021-05-10: person.name must not be empty.", error.Message, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Theory]
    [InlineData("2021-05-12", "chuong-trinh-cong-tac-tuan-19-2021")]
    [InlineData("2021-06-30", "chuong-trinh-cong-tac-tuan-26-2021")]
    [InlineData("2021-01-02", "chuong-trinh-cong-tac-tuan-53-2020")]
    public void A_weeks_file_name_is_its_iso_week_and_has_no_slash(string day, string expected)
    {
        WorkProgramme programme = Week(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture))).Build();

        Assert.Equal(expected, programme.SuggestedFileName);
    }

    [Fact]
    public void A_month_and_an_interval_have_safe_file_names()
    {
        Assert.Equal("chuong-trinh-cong-tac-thang-5-2021", Samples.FullMonth().SuggestedFileName);
        Assert.Equal(
            "2021-05-01-den-2021-06-15",
            ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2021, 5, 1), new LocalDate(2021, 6, 15))).FileNamePart);
    }
}
