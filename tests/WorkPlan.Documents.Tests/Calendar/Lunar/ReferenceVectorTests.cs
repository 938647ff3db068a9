using NodaTime;
using WorkPlan.Documents.Calendar.Lunar;

namespace WorkPlan.Documents.Tests.Calendar.Lunar;

/// <summary>The test vectors of the research notes (vn-calendar.md §1.5 and §2), every one of them.</summary>
public class ReferenceVectorTests
{
    // Year, can chi, Tết (1/1 âm), the lunar day of the eve (29 or 30 tháng Chạp), Giỗ Tổ (10/3 âm),
    // the leap month of the year (0 = none) and the day it starts (null = none).
    public static TheoryData<int, string, string, int, string, int, string?> Years => new()
    {
        { 2015, "Ất Mùi", "2015-02-19", 30, "2015-04-28", 0, null },
        { 2016, "Bính Thân", "2016-02-08", 29, "2016-04-16", 0, null },
        { 2017, "Đinh Dậu", "2017-01-28", 30, "2017-04-06", 6, "2017-07-23" },
        { 2018, "Mậu Tuất", "2018-02-16", 30, "2018-04-25", 0, null },
        { 2019, "Kỷ Hợi", "2019-02-05", 30, "2019-04-14", 0, null },
        { 2020, "Canh Tý", "2020-01-25", 30, "2020-04-02", 4, "2020-05-23" },
        { 2021, "Tân Sửu", "2021-02-12", 30, "2021-04-21", 0, null },
        { 2022, "Nhâm Dần", "2022-02-01", 29, "2022-04-10", 0, null },
        { 2023, "Quý Mão", "2023-01-22", 30, "2023-04-29", 2, "2023-03-22" },
        { 2024, "Giáp Thìn", "2024-02-10", 30, "2024-04-18", 0, null },
        { 2025, "Ất Tỵ", "2025-01-29", 29, "2025-04-07", 6, "2025-07-25" },
        { 2026, "Bính Ngọ", "2026-02-17", 29, "2026-04-26", 0, null },
        { 2027, "Đinh Mùi", "2027-02-06", 29, "2027-04-16", 0, null },
        { 2028, "Mậu Thân", "2028-01-26", 29, "2028-04-04", 5, "2028-06-23" },
        { 2029, "Kỷ Dậu", "2029-02-13", 29, "2029-04-23", 0, null },
        { 2030, "Canh Tuất", "2030-02-02", 29, "2030-04-12", 0, null },
        { 2031, "Tân Hợi", "2031-01-23", 29, "2031-04-01", 3, "2031-04-21" },
        { 2032, "Nhâm Tý", "2032-02-11", 29, "2032-04-19", 0, null },
        { 2033, "Quý Sửu", "2033-01-31", 30, "2033-04-09", 11, "2033-12-22" },
        { 2034, "Giáp Dần", "2034-02-19", 30, "2034-04-28", 0, null },
        { 2035, "Ất Mão", "2035-02-08", 30, "2035-04-17", 0, null },
    };

    // What a port that silently computes for UTC (int timeZone / 24 == 0) returns; the calendar must not.
    public static TheoryData<string, int, int, int> UtcPortAnswers => new()
    {
        { "2015-02-18", 2015, 1, 1 },
        { "2019-02-04", 2019, 1, 1 },
        { "2020-01-24", 2020, 1, 1 },
        { "2021-02-11", 2021, 1, 1 },
        { "2023-01-21", 2023, 1, 1 },
        { "2024-02-09", 2024, 1, 1 },
        { "2033-01-30", 2033, 1, 1 },
        { "2034-02-18", 2034, 1, 1 },
        { "2015-04-27", 2015, 3, 10 },
        { "2024-04-17", 2024, 3, 10 },
        { "2027-04-15", 2027, 3, 10 },
        { "2029-04-22", 2029, 3, 10 },
        { "2030-04-11", 2030, 3, 10 },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Tet_and_Gio_To_fall_on_the_published_days(int year, string name, string tet, int eve, string gioTo, int leapMonth, string? leapStart)
    {
        LocalDate newYear = Dates.Parse(tet);
        Assert.Equal(newYear, VietnameseLunarCalendar.GetNewYear(year));
        Assert.Equal(newYear, new LunarDate(year, 1, 1).ToLocalDate());
        Assert.Equal(new LunarDate(year, 1, 1), LunarDate.FromLocalDate(newYear));
        Assert.Equal(Dates.Parse(gioTo), new LunarDate(year, 3, 10).ToLocalDate());
        Assert.Equal(new LunarDate(year, 3, 10), LunarDate.FromLocalDate(Dates.Parse(gioTo)));

        LunarDate eveDate = LunarDate.FromLocalDate(newYear.PlusDays(-1));
        Assert.Equal((year - 1, 12, eve, false), (eveDate.Year, eveDate.Month, eveDate.Day, eveDate.IsLeapMonth));
        Assert.Equal(eve, VietnameseLunarCalendar.GetDaysInMonth(year - 1, 12));

        Assert.Equal(name, VietnameseLunarCalendar.GetYearName(year));
        Assert.Equal(name, LunarDate.FromLocalDate(newYear).YearName);
        Assert.Equal(leapMonth, VietnameseLunarCalendar.GetLeapMonth(year));
        Assert.Equal(leapMonth == 0 ? 12 : 13, VietnameseLunarCalendar.GetMonthsInYear(year));
        if (leapStart is not null)
        {
            var leap = new LunarDate(year, leapMonth, 1, isLeapMonth: true);
            Assert.Equal(Dates.Parse(leapStart), leap.ToLocalDate());
            Assert.Equal(leap, LunarDate.FromLocalDate(Dates.Parse(leapStart)));
            Assert.Equal(new LunarDate(year, leapMonth, 1).ToLocalDate(), Dates.Parse(leapStart).PlusDays(-VietnameseLunarCalendar.GetDaysInMonth(year, leapMonth)));
        }
    }

    [Theory]
    [MemberData(nameof(UtcPortAnswers))]
    public void Does_not_give_the_answers_of_a_port_that_computes_for_UTC(string wrong, int year, int month, int day)
    {
        LocalDate wrongDate = Dates.Parse(wrong);
        LocalDate right = new LunarDate(year, month, day).ToLocalDate();
        Assert.NotEqual(wrongDate, right);
        Assert.Equal(wrongDate.PlusDays(1), right);
        Assert.NotEqual(new LunarDate(year, month, day), LunarDate.FromLocalDate(wrongDate));
    }

    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    [InlineData(1969, "1969-02-16", "1969-02-17")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    [InlineData(2053, "2053-02-18", "2053-02-19")]
    public void Tet_differs_from_the_Chinese_new_year_where_the_notes_say(int year, string vietnam, string china)
    {
        Assert.Equal(Dates.Parse(vietnam), VietnameseLunarCalendar.GetNewYear(year));

        // The same rules at UTC+8 give China's date, and so does .NET's table-driven ChineseLunisolarCalendar.
        Assert.Equal(Dates.Parse(china), JulianDayNumber.ToDate(new LunisolarComputer(CalendarMeridian.Fixed(8)).GetYear(year).FirstDay));
        var chinese = new System.Globalization.ChineseLunisolarCalendar();
        Assert.Equal(Dates.Parse(china), LocalDate.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0)));
    }

    [Fact]
    public void In_1984_and_1985_Vietnam_has_leap_month_2_of_1985_where_China_has_leap_month_10_of_1984()
    {
        Assert.Equal(0, VietnameseLunarCalendar.GetLeapMonth(1984));
        Assert.Equal(2, VietnameseLunarCalendar.GetLeapMonth(1985));
        var china = new LunisolarComputer(CalendarMeridian.Fixed(8));
        Assert.Equal(10, china.GetYear(1984).LeapMonth);
        Assert.Equal(0, china.GetYear(1985).LeapMonth);
    }

    [Fact]
    public void In_2031_the_leap_month_3_starts_a_day_earlier_than_in_China()
    {
        Assert.Equal(new LocalDate(2031, 4, 21), new LunarDate(2031, 3, 1, isLeapMonth: true).ToLocalDate());
        LunarYearInfo china = new LunisolarComputer(CalendarMeridian.Fixed(8)).GetYear(2031);
        Assert.Equal(3, china.LeapMonth);
        Assert.Equal(new LocalDate(2031, 4, 22), JulianDayNumber.ToDate(china.Starts[china.IndexOf(3, true)]));
    }

    [Theory]
    [InlineData("2013-05-04", 2013, 3, 25, false)] // convertSolar2Lunar(4, 5, 2013)
    [InlineData("2025-01-25", 2024, 12, 26, false)] // lunar days quoted in the official notices
    [InlineData("2026-02-14", 2025, 12, 27, false)]
    [InlineData("2026-02-22", 2026, 1, 6, false)]
    [InlineData("2026-02-16", 2025, 12, 29, false)]
    [InlineData("2021-02-10", 2020, 12, 29, false)]
    [InlineData("2021-02-16", 2021, 1, 5, false)]
    public void Converts_the_anchor_dates(string gregorian, int year, int month, int day, bool leap)
    {
        Assert.Equal(new LunarDate(year, month, day, leap), LunarDate.FromLocalDate(Dates.Parse(gregorian)));
        Assert.Equal(Dates.Parse(gregorian), new LunarDate(year, month, day, leap).ToLocalDate());
    }
}
