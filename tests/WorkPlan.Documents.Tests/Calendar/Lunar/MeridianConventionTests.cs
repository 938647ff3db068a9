using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Calendar.Lunar;

namespace WorkPlan.Documents.Tests.Calendar.Lunar;

/// <summary>
/// The time-zone convention: UTC+8 for every month before Tết Mậu Thân (29 January 1968), UTC+7 from it on.
/// </summary>
public class MeridianConventionTests
{
    private static readonly LunisolarComputer Utc7 = new(CalendarMeridian.Fixed(7));
    private static readonly LunisolarComputer Utc8 = new(CalendarMeridian.Fixed(8));

    [Fact]
    public void Tet_Mau_Than_1968_is_29_January_the_first_month_computed_for_UTC7()
    {
        Assert.Equal(new LocalDate(1968, 1, 29), VietnameseLunarCalendar.GetNewYear(1968));
        Assert.Equal(new LocalDate(1968, 1, 30), JulianDayNumber.ToDate(Utc8.GetYear(1968).FirstDay));

        // Đinh Mùi 1967 keeps its UTC+8 months and so ends a day early, on 28 January 1968 (its tháng Chạp has 29 days).
        Assert.Equal(new LunarDate(1967, 12, 29), LunarDate.FromLocalDate(new LocalDate(1968, 1, 28)));
        Assert.Equal(Utc8.GetYear(1967).Starts.Take(12), VietnameseLunarCalendar.Computer.GetYear(1967).Starts.Take(12));
    }

    [Fact]
    public void Every_lunar_year_before_1967_is_the_UTC8_calendar_and_every_year_from_1968_the_UTC7_calendar()
    {
        LunisolarComputer vietnam = VietnameseLunarCalendar.Computer;
        for (int year = VietnameseLunarCalendar.MinYear; year <= 1966; year++)
        {
            Assert.Equal(Utc8.GetYear(year).Starts, vietnam.GetYear(year).Starts);
            Assert.Equal(Utc8.GetYear(year).LeapMonth, vietnam.GetYear(year).LeapMonth);
        }

        for (int year = 1968; year <= 2100; year++)
        {
            Assert.Equal(Utc7.GetYear(year).Starts, vietnam.GetYear(year).Starts);
            Assert.Equal(Utc7.GetYear(year).LeapMonth, vietnam.GetYear(year).LeapMonth);
        }
    }

    [Theory]
    [InlineData(1903, "1903-01-29", "1903-01-28")]
    [InlineData(1916, "1916-02-04", "1916-02-03")]
    [InlineData(1935, "1935-02-04", "1935-02-03")]
    [InlineData(1965, "1965-02-02", "1965-02-01")]
    public void Before_1968_Tet_follows_UTC8_where_UTC7_would_give_a_day_earlier(int year, string convention, string utc7)
    {
        Assert.Equal(Dates.Parse(convention), VietnameseLunarCalendar.GetNewYear(year));
        Assert.Equal(Dates.Parse(utc7), JulianDayNumber.ToDate(Utc7.GetYear(year).FirstDay));
    }

    [Fact]
    public void Before_1968_every_month_matches_the_Chinese_calendar_of_dotnet_from_1929()
    {
        // Before 1929 China computed its calendar for Beijing mean time (116°25′ E), not UTC+8, so 1914, 1916 and
        // 1920 differ there; from 1929 both use 120° E and every month start agrees.
        var chinese = new ChineseLunisolarCalendar();
        for (int year = 1929; year <= 1967; year++)
        {
            AssertSameMonths(chinese, year, VietnameseLunarCalendar.Computer, monthsToCompare: year == 1967 ? 12 : 13);
        }
    }

    [Fact]
    public void The_rules_at_UTC8_reproduce_the_Chinese_calendar_of_dotnet_from_1929_to_2100_except_September_2057()
    {
        // 2057-09: the new moon falls within a minute of midnight in Beijing (16:00 UT on 28 September); the .NET
        // table (from the Hong Kong Observatory) starts month 9 on 29 September, these formulas on the 28th.
        var chinese = new ChineseLunisolarCalendar();
        for (int year = 1929; year <= 2100; year++)
        {
            if (year != 2057)
            {
                AssertSameMonths(chinese, year, Utc8, monthsToCompare: 13);
            }
        }

        LunarYearInfo y2057 = Utc8.GetYear(2057);
        Assert.Equal(new LocalDate(2057, 9, 28), JulianDayNumber.ToDate(y2057.Starts[8]));
        Assert.Equal(new DateTime(2057, 9, 29), chinese.ToDateTime(2057, 9, 1, 0, 0, 0, 0));
        int k = WorkPlan.Documents.Calendar.Astronomy.NewMoon.NearestLunation(JulianDayNumber.FromDate(new LocalDate(2057, 9, 28)));
        double local = WorkPlan.Documents.Calendar.Astronomy.NewMoon.JulianDayUniversal(k) + 0.5 + (8.0 / 24.0);
        Assert.Equal(JulianDayNumber.FromDate(new LocalDate(2057, 9, 28)), (int)Math.Floor(local));
        Assert.InRange((Math.Ceiling(local) - local) * 86400, 0, 60);
    }

    private static void AssertSameMonths(ChineseLunisolarCalendar chinese, int year, LunisolarComputer computer, int monthsToCompare)
    {
        LunarYearInfo info = computer.GetYear(year);
        int months = chinese.GetMonthsInYear(year);
        Assert.Equal(months, info.MonthCount);
        int leap = chinese.GetLeapMonth(year); // 1-based position of the leap month among 13, or 0
        Assert.Equal(leap == 0 ? 0 : leap - 1, info.LeapMonth);
        for (int i = 1; i <= Math.Min(months, monthsToCompare); i++)
        {
            LocalDate expected = LocalDate.FromDateTime(chinese.ToDateTime(year, i, 1, 0, 0, 0, 0));
            Assert.True(expected == JulianDayNumber.ToDate(info.Starts[i - 1]), $"{computer.Meridian} {year} month #{i}: {Dates.Format(JulianDayNumber.ToDate(info.Starts[i - 1]))}, .NET {Dates.Format(expected)}");
        }
    }
}
