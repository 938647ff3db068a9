using NodaTime;
using WorkPlan.Documents.Calendar.Lunar;

namespace WorkPlan.Documents.Tests.Calendar.Lunar;

public class LunarDateTests
{
    [Theory]
    [InlineData("2021-02-16", "mùng 5", "tháng Giêng", "Tân Sửu", "mùng 5 tháng Giêng năm Tân Sửu")]
    [InlineData("2024-04-18", "mùng 10", "tháng Ba", "Giáp Thìn", "mùng 10 tháng Ba năm Giáp Thìn")]
    [InlineData("2024-02-09", "ngày 30", "tháng Chạp", "Quý Mão", "ngày 30 tháng Chạp năm Quý Mão")]
    [InlineData("2025-08-08", "ngày 15", "tháng Sáu nhuận", "Ất Tỵ", "ngày 15 tháng Sáu nhuận năm Ất Tỵ")]
    [InlineData("2033-12-22", "mùng 1", "tháng Mười Một nhuận", "Quý Sửu", "mùng 1 tháng Mười Một nhuận năm Quý Sửu")]
    [InlineData("2021-11-16", "ngày 12", "tháng Mười", "Tân Sửu", "ngày 12 tháng Mười năm Tân Sửu")]
    public void Names_the_day_month_and_year_in_Vietnamese(string gregorian, string day, string month, string year, string text)
    {
        LunarDate date = LunarDate.FromLocalDate(Dates.Parse(gregorian));
        Assert.Equal(day, date.DayName);
        Assert.Equal(month, date.MonthName);
        Assert.Equal(year, date.YearName);
        Assert.Equal(text, date.ToString());
        Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Names_all_twelve_months()
    {
        string[] expected =
        [
            "tháng Giêng", "tháng Hai", "tháng Ba", "tháng Tư", "tháng Năm", "tháng Sáu",
            "tháng Bảy", "tháng Tám", "tháng Chín", "tháng Mười", "tháng Mười Một", "tháng Chạp",
        ];
        Assert.Equal(expected, Enumerable.Range(1, 12).Select(m => new LunarDate(2021, m, 1).MonthName));
    }

    [Theory]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2043, "Quý Hợi")]
    [InlineData(1900, "Canh Tý")]
    [InlineData(1975, "Ất Mão")]
    [InlineData(2199, "Kỷ Hợi")]
    public void Names_the_sexagenary_cycle(int year, string name)
    {
        Assert.Equal(name, VietnameseLunarCalendar.GetYearName(year));
        Assert.Equal(name, VietnameseLunarCalendar.GetYearName(year + 60));
    }

    [Fact]
    public void Rejects_a_leap_month_the_year_lacks()
    {
        ArgumentException none = Assert.Throws<ArgumentException>(() => new LunarDate(2021, 4, 1, isLeapMonth: true));
        Assert.Equal("isLeapMonth", none.ParamName);
        Assert.Contains("lunar year 2021 (Tân Sửu) has no leap month", none.Message, StringComparison.Ordinal);

        ArgumentException other = Assert.Throws<ArgumentException>(() => new LunarDate(2025, 5, 1, isLeapMonth: true));
        Assert.Contains("has only the leap month 6 (tháng Sáu nhuận)", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_day_30_of_a_29_day_month()
    {
        Assert.Equal(29, VietnameseLunarCalendar.GetDaysInMonth(2025, 12));
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(2025, 12, 30));
        Assert.Equal("day", error.ParamName);
        Assert.Contains("tháng Chạp năm Ất Tỵ (2025) has 29 days", error.Message, StringComparison.Ordinal);
        Assert.Equal(30, new LunarDate(2023, 12, 30).Day);
    }

    [Theory]
    [InlineData(1898, 1, 1)]
    [InlineData(2200, 1, 1)]
    [InlineData(2021, 0, 1)]
    [InlineData(2021, 13, 1)]
    [InlineData(2021, 1, 0)]
    [InlineData(2021, 1, 31)]
    public void Rejects_parts_out_of_range(int year, int month, int day)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LunarDate(year, month, day));
    }

    [Fact]
    public void Rejects_Gregorian_dates_outside_the_range_naming_it()
    {
        ArgumentOutOfRangeException before = Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromLocalDate(new LocalDate(1899, 2, 9)));
        Assert.Contains("1899-02-09 is outside the range of the Vietnamese lunar calendar, 1899-02-10 to", before.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromLocalDate(new LocalDate(2300, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarDate.FromLocalDate(VietnameseLunarCalendar.MaxDate.PlusDays(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.GetNewYear(2200));
    }

    [Fact]
    public void The_range_covers_1900_to_2199_and_its_ends_round_trip()
    {
        Assert.Equal(new LocalDate(1899, 2, 10), VietnameseLunarCalendar.MinDate);
        Assert.True(VietnameseLunarCalendar.MaxDate >= new LocalDate(2199, 12, 31));
        Assert.Equal(LunarDate.MinValue, LunarDate.FromLocalDate(VietnameseLunarCalendar.MinDate));
        Assert.Equal(new LunarDate(1899, 1, 1), default);
        Assert.Equal(VietnameseLunarCalendar.MaxDate, LunarDate.MaxValue.ToLocalDate());
        Assert.Equal((2199, 12), (LunarDate.MaxValue.Year, LunarDate.MaxValue.Month));
        Assert.Equal(VietnameseLunarCalendar.GetNewYear(2199).PlusDays(VietnameseLunarCalendar.GetDaysInYear(2199) - 1), VietnameseLunarCalendar.MaxDate);
    }

    [Fact]
    public void Orders_a_leap_month_after_its_namesake()
    {
        var june = new LunarDate(2025, 6, 29);
        var leapJune = new LunarDate(2025, 6, 1, isLeapMonth: true);
        var july = new LunarDate(2025, 7, 1);
        Assert.True(june < leapJune && leapJune < july);
        Assert.True(june.ToLocalDate() < leapJune.ToLocalDate() && leapJune.ToLocalDate() < july.ToLocalDate());
        Assert.Equal(-1, june.CompareTo(leapJune));
        Assert.Equal(1, june.CompareTo((object?)null));
        Assert.True(june != leapJune && june == new LunarDate(2025, 6, 29));
        Assert.Equal("2025-06n-01", leapJune.ToNumericString());
    }

    [Fact]
    public void Accepts_dates_of_other_NodaTime_calendars_as_the_same_day()
    {
        LocalDate julian = new LocalDate(2021, 2, 12).WithCalendar(CalendarSystem.Julian);
        Assert.Equal(new LunarDate(2021, 1, 1), LunarDate.FromLocalDate(julian));
    }
}
