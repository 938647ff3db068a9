using NodaTime;
using WorkPlan.Documents.Calendar.Lunar;

namespace WorkPlan.Documents.Tests.Calendar.Lunar;

public class RoundTripTests
{
    [Fact]
    public void Every_day_from_1900_to_2199_converts_to_a_valid_lunar_date_and_back()
    {
        var first = new LocalDate(1900, 1, 1);
        var last = new LocalDate(2199, 12, 31);
        LunarDate previous = LunarDate.FromLocalDate(first.PlusDays(-1));
        int days = 0;
        int failures = 0;
        string? firstFailure = null;
        for (LocalDate date = first; date <= last; date = date.PlusDays(1))
        {
            LunarDate lunar = LunarDate.FromLocalDate(date);
            bool valid = lunar.Day >= 1 && lunar.Day <= lunar.DaysInMonth && lunar.Month is >= 1 and <= 12
                && (!lunar.IsLeapMonth || VietnameseLunarCalendar.GetLeapMonth(lunar.Year) == lunar.Month)
                && lunar.ToLocalDate() == date
                && IsNextDay(previous, lunar);
            if (!valid)
            {
                failures++;
                firstFailure ??= $"{Dates.Format(date)} → {lunar.ToNumericString()} after {previous.ToNumericString()}";
            }

            previous = lunar;
            days++;
        }

        Assert.Equal(109573, days);
        Assert.True(failures == 0, $"{failures} days fail; first: {firstFailure}");
    }

    [Fact]
    public void Lunar_years_have_a_plausible_shape()
    {
        for (int year = VietnameseLunarCalendar.MinYear; year <= VietnameseLunarCalendar.MaxYear; year++)
        {
            int days = VietnameseLunarCalendar.GetDaysInYear(year);
            bool leap = VietnameseLunarCalendar.GetLeapMonth(year) != 0;
            Assert.InRange(days, leap ? 383 : 353, leap ? 385 : 355);
            LocalDate tet = VietnameseLunarCalendar.GetNewYear(year);
            Assert.InRange(tet, new LocalDate(year, 1, 21), new LocalDate(year, 2, 20));
        }
    }

    // The lunar day after `previous`: the next day of the month, or day 1 of the next month (the leap month after
    // its namesake, tháng Giêng after tháng Chạp).
    private static bool IsNextDay(LunarDate previous, LunarDate next)
    {
        if (previous.Day < previous.DaysInMonth)
        {
            return (next.Year, next.Month, next.IsLeapMonth, next.Day) == (previous.Year, previous.Month, previous.IsLeapMonth, previous.Day + 1);
        }

        if (next.Day != 1)
        {
            return false;
        }

        if (!previous.IsLeapMonth && VietnameseLunarCalendar.GetLeapMonth(previous.Year) == previous.Month)
        {
            return (next.Year, next.Month, next.IsLeapMonth) == (previous.Year, previous.Month, true);
        }

        return previous.Month == 12
            ? (next.Year, next.Month, next.IsLeapMonth) == (previous.Year + 1, 1, false)
            : (next.Year, next.Month, next.IsLeapMonth) == (previous.Year, previous.Month + 1, false);
    }
}
