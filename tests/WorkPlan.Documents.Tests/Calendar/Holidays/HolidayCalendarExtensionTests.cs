using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Calendar.Holidays;

/// <summary>Extending the calendar at run time: a newly announced year, a province's own days, the 24/11 Culture Day.</summary>
public class HolidayCalendarExtensionTests
{
    [Fact]
    public void A_newly_announced_year_replaces_the_provisional_schedule()
    {
        // An invented announcement: Tết 28 Chạp–mùng 3 (4–8/2), Thursday 11/2 swapped with Saturday 20/2.
        var announced = new OfficialHolidaySchedule(
            2027,
            new DateInterval(new LocalDate(2027, 2, 4), new LocalDate(2027, 2, 8)),
            new LocalDate(2027, 9, 3),
            [new WorkdaySwap(new LocalDate(2027, 2, 11), new LocalDate(2027, 2, 20))],
            ["Công văn …/VPCP-KGVX (example)"]);
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default.WithOfficialSchedule(announced);

        Assert.Equal(new DayClassification(DayStatus.Holiday, "Tết Nguyên đán"), calendar.Classify(new LocalDate(2027, 2, 4)));
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Nghỉ bù Tết Nguyên đán"), calendar.Classify(new LocalDate(2027, 2, 9)));
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Nghỉ bù Tết Nguyên đán"), calendar.Classify(new LocalDate(2027, 2, 10)));
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Nghỉ hoán đổi dịp Tết Nguyên đán"), calendar.Classify(new LocalDate(2027, 2, 11)));
        Assert.Equal(new DayClassification(DayStatus.WorkingDay), calendar.Classify(new LocalDate(2027, 2, 12)));
        Assert.Equal(new DayClassification(DayStatus.MakeUpWorkingDay), calendar.Classify(new LocalDate(2027, 2, 20)));
        Assert.Same(announced, calendar.GetOfficialSchedule(2027));

        // The shipped calendar is unchanged.
        Assert.True(VietnameseHolidayCalendar.Default.Classify(new LocalDate(2027, 2, 5)).IsProvisional);
        Assert.Null(VietnameseHolidayCalendar.Default.GetOfficialSchedule(2027));
    }

    [Fact]
    public void The_Culture_Day_can_be_switched_on()
    {
        Assert.Equal(DayStatus.WorkingDay, VietnameseHolidayCalendar.Default.Classify(new LocalDate(2026, 11, 24)).Status);
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default.WithAnnualHoliday(AnnualHoliday.VietnamCultureDay);
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Ngày Văn hóa Việt Nam"), calendar.Classify(new LocalDate(2026, 11, 24)));
        Assert.Equal(DayStatus.WorkingDay, calendar.Classify(new LocalDate(2025, 11, 24)).Status);

        // 24/11/2029 is a Saturday: Monday 26/11 is the compensatory day, provisional like the year.
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Nghỉ bù Ngày Văn hóa Việt Nam", isProvisional: true), calendar.Classify(new LocalDate(2029, 11, 26)));
        Assert.Single(calendar.AnnualHolidays);
    }

    [Fact]
    public void A_provinces_own_days_are_added_on_solar_or_lunar_dates()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default
            .WithAnnualHoliday(AnnualHoliday.OnSolarDate("Ngày giải phóng tỉnh", 4, 29, 2025, 2025, isCompensated: false))
            .WithAnnualHoliday(AnnualHoliday.OnLunarDate("Lễ hội truyền thống của tỉnh", 1, 15, 2026));

        // Tuesday 29/4/2025 joins the break of 30/4–4/5.
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Ngày giải phóng tỉnh"), calendar.Classify(new LocalDate(2025, 4, 29)));
        Assert.Equal(DayStatus.WorkingDay, calendar.Classify(new LocalDate(2026, 4, 29)).Status);

        // Rằm tháng Giêng 2026 is Tuesday 3 March.
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Lễ hội truyền thống của tỉnh"), calendar.Classify(new LocalDate(2026, 3, 3)));
    }

    [Fact]
    public void An_uncompensated_day_on_a_weekend_gives_no_day_off()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default
            .WithAnnualHoliday(AnnualHoliday.OnSolarDate("Ngày của tỉnh", 6, 7, 2025, isCompensated: false)); // Saturday 7/6/2025
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Ngày của tỉnh"), calendar.Classify(new LocalDate(2025, 6, 7)));
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Ngày của tỉnh"), calendar.Classify(new LocalDate(2025, 6, 8)));
        Assert.Equal(DayStatus.WorkingDay, calendar.Classify(new LocalDate(2025, 6, 9)).Status);
    }

    [Fact]
    public void A_lunar_day_30_falls_on_day_29_in_a_short_month()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default
            .WithAnnualHoliday(AnnualHoliday.OnLunarDate("Ngày cuối tháng Tám", 8, 30, 2025, 2025));
        int days = WorkPlan.Documents.Calendar.Lunar.VietnameseLunarCalendar.GetDaysInMonth(2025, 8);
        LocalDate expected = new WorkPlan.Documents.Calendar.Lunar.LunarDate(2025, 8, days).ToLocalDate();
        Assert.Equal("Ngày cuối tháng Tám", calendar.Classify(expected).HolidayName);
    }

    [Fact]
    public void Bad_schedules_are_rejected_with_what_is_wrong()
    {
        ArgumentException tet = Assert.Throws<ArgumentException>(() => new OfficialHolidaySchedule(
            2027, new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 5)), new LocalDate(2027, 9, 3)));
        Assert.Contains("must be five consecutive days that include Tết, 2027-02-06", tet.Message, StringComparison.Ordinal);

        ArgumentException adjacent = Assert.Throws<ArgumentException>(() => new OfficialHolidaySchedule(
            2027, new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 9)), new LocalDate(2027, 9, 4)));
        Assert.Contains("must be 1/9 or 3/9/2027", adjacent.Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => new OfficialHolidaySchedule(
            2027, new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 9)), null));
        Assert.Throws<ArgumentException>(() => new OfficialHolidaySchedule(
            2020, new DateInterval(new LocalDate(2020, 1, 23), new LocalDate(2020, 1, 27)), new LocalDate(2020, 9, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OfficialHolidaySchedule(
            2013, new DateInterval(new LocalDate(2013, 2, 9), new LocalDate(2013, 2, 13)), null));

        ArgumentException saturday = Assert.Throws<ArgumentException>(() => new WorkdaySwap(new LocalDate(2024, 5, 4), new LocalDate(2024, 4, 29)));
        Assert.Contains("2024-05-04 is a Saturday", saturday.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new WorkdaySwap(new LocalDate(2024, 4, 29), new LocalDate(2024, 4, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualHoliday.OnSolarDate("x", 2, 30, 2025));
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualHoliday.OnSolarDate("x", 1, 1, 2025, 2024));
        Assert.Throws<ArgumentException>(() => AnnualHoliday.OnSolarDate("  ", 1, 1, 2025));
    }

    [Fact]
    public void Dates_outside_the_calendar_are_rejected_naming_the_range()
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseHolidayCalendar.Default.Classify(new LocalDate(2013, 12, 31)));
        Assert.Contains("2013-12-31 is outside the Vietnamese holiday calendar, 2014 to 2199", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseHolidayCalendar.Default.GetHolidayDays(2200));
        Assert.Equal(DayStatus.Holiday, VietnameseHolidayCalendar.Default.Classify(new LocalDate(2199, 9, 2)).Status);
    }
}
