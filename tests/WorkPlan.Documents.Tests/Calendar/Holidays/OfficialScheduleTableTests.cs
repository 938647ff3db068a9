using WorkPlan.Documents.Calendar.Holidays;

namespace WorkPlan.Documents.Tests.Calendar.Holidays;

public class OfficialScheduleTableTests
{
    [Fact]
    public void Parses_a_year_with_every_field()
    {
        const string table = "# comment\n\n2027\ttet\t2027-02-05\t2027-02-09\n2027\tnational-day\t2027-09-03\n2027\tswap\t2027-02-12\t2027-02-20\n2027\tsource\tCông văn X\n";
        IReadOnlyDictionary<int, OfficialHolidaySchedule> schedules = OfficialScheduleTable.Parse(new StringReader(table), "test.tsv");
        OfficialHolidaySchedule schedule = Assert.Single(schedules).Value;
        Assert.Equal(2027, schedule.Year);
        Assert.Equal(new NodaTime.LocalDate(2027, 9, 3), schedule.NationalDayAdjacentDay);
        Assert.Equal("2027-02-12 ↔ 2027-02-20", Assert.Single(schedule.Swaps).ToString());
        Assert.Equal(["Công văn X"], schedule.Sources);
    }

    [Theory]
    [InlineData("2027\ttet\t2027-02-05\n", "test.tsv line 1: the field \"tet\" takes 2 value(s), got 1.")]
    [InlineData("x\ttet\t2027-02-05\t2027-02-09\n", "test.tsv line 1: expected \"<year><TAB><field><TAB><value>\"")]
    [InlineData("2027\ttet\t2027-02-05\t2027-02-09\n2027\tholiday\t2027-02-10\n", "test.tsv line 2: unknown field \"holiday\"")]
    [InlineData("2027\ttet\t2027-02-05\t9/2/2027\n", "test.tsv line 1: \"9/2/2027\" is not a date in the form yyyy-MM-dd.")]
    [InlineData("2027\tnational-day\t2027-09-03\n", "test.tsv line 1 (year 2027): the year has no \"tet\" line.")]
    [InlineData("2027\ttet\t2027-02-05\t2027-02-09\n2027\tnational-day\t2027-09-05\n", "test.tsv line 1 (year 2027): schedule 2027: the day adjacent to Quốc khánh must be 1/9 or 3/9/2027")]
    [InlineData("2027\ttet\t2027-02-05\t2027-02-09\n2027\tswap\t2027-02-13\t2027-02-20\n", "test.tsv line 2: swap.dayOff 2027-02-13 is a Saturday")]
    public void Reports_the_line_and_what_is_wrong(string table, string message)
    {
        FormatException error = Assert.Throws<FormatException>(() => OfficialScheduleTable.Parse(new StringReader(table), "test.tsv"));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_table_is_embedded_and_valid()
    {
        IReadOnlyDictionary<int, OfficialHolidaySchedule> schedules = OfficialScheduleTable.LoadShipped();
        Assert.Equal(Enumerable.Range(2021, 6), schedules.Keys.OrderBy(y => y));
    }
}
