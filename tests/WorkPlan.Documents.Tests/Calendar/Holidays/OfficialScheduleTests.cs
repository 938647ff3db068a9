using WorkPlan.Documents.Calendar.Holidays;

namespace WorkPlan.Documents.Tests.Calendar.Holidays;

/// <summary>
/// The official schedules reproduced day for day. The expected days are written out here from the published notices
/// (vn-calendar.md §3.1 and the letters cited in official-holiday-schedules.tsv), not read back from the shipped table.
/// </summary>
public class OfficialScheduleTests
{
    public static TheoryData<int, string> Years => new()
    {
        {
            2021, """
            2021-01-01 PublicHoliday Tết Dương lịch
            2021-01-02 WeeklyRestInBreak Tết Dương lịch
            2021-01-03 WeeklyRestInBreak Tết Dương lịch
            2021-02-10 PublicHoliday Tết Nguyên đán
            2021-02-11 PublicHoliday Tết Nguyên đán
            2021-02-12 PublicHoliday Tết Nguyên đán
            2021-02-13 PublicHoliday Tết Nguyên đán
            2021-02-14 PublicHoliday Tết Nguyên đán
            2021-02-15 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2021-02-16 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2021-04-21 PublicHoliday Giỗ Tổ Hùng Vương
            2021-04-30 PublicHoliday Ngày Chiến thắng
            2021-05-01 PublicHoliday Ngày Quốc tế lao động
            2021-05-02 WeeklyRestInBreak Ngày Quốc tế lao động
            2021-05-03 CompensatoryDay Nghỉ bù Ngày Quốc tế lao động
            2021-09-02 PublicHoliday Quốc khánh
            2021-09-03 PublicHoliday Quốc khánh
            2021-09-04 WeeklyRestInBreak Quốc khánh
            2021-09-05 WeeklyRestInBreak Quốc khánh
            """
        },
        {
            2022, """
            2022-01-01 PublicHoliday Tết Dương lịch
            2022-01-02 WeeklyRestInBreak Tết Dương lịch
            2022-01-03 CompensatoryDay Nghỉ bù Tết Dương lịch
            2022-01-29 WeeklyRestInBreak Tết Nguyên đán
            2022-01-30 WeeklyRestInBreak Tết Nguyên đán
            2022-01-31 PublicHoliday Tết Nguyên đán
            2022-02-01 PublicHoliday Tết Nguyên đán
            2022-02-02 PublicHoliday Tết Nguyên đán
            2022-02-03 PublicHoliday Tết Nguyên đán
            2022-02-04 PublicHoliday Tết Nguyên đán
            2022-02-05 WeeklyRestInBreak Tết Nguyên đán
            2022-02-06 WeeklyRestInBreak Tết Nguyên đán
            2022-04-09 WeeklyRestInBreak Giỗ Tổ Hùng Vương
            2022-04-10 PublicHoliday Giỗ Tổ Hùng Vương
            2022-04-11 CompensatoryDay Nghỉ bù Giỗ Tổ Hùng Vương
            2022-04-30 PublicHoliday Ngày Chiến thắng
            2022-05-01 PublicHoliday Ngày Quốc tế lao động
            2022-05-02 CompensatoryDay Nghỉ bù Ngày Chiến thắng
            2022-05-03 CompensatoryDay Nghỉ bù Ngày Quốc tế lao động
            2022-09-01 PublicHoliday Quốc khánh
            2022-09-02 PublicHoliday Quốc khánh
            2022-09-03 WeeklyRestInBreak Quốc khánh
            2022-09-04 WeeklyRestInBreak Quốc khánh
            2022-12-31 WeeklyRestInBreak Tết Dương lịch
            """
        },
        {
            2023, """
            2023-01-01 PublicHoliday Tết Dương lịch
            2023-01-02 CompensatoryDay Nghỉ bù Tết Dương lịch
            2023-01-20 PublicHoliday Tết Nguyên đán
            2023-01-21 PublicHoliday Tết Nguyên đán
            2023-01-22 PublicHoliday Tết Nguyên đán
            2023-01-23 PublicHoliday Tết Nguyên đán
            2023-01-24 PublicHoliday Tết Nguyên đán
            2023-01-25 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2023-01-26 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2023-04-29 PublicHoliday Giỗ Tổ Hùng Vương
            2023-04-30 PublicHoliday Ngày Chiến thắng
            2023-05-01 PublicHoliday Ngày Quốc tế lao động
            2023-05-02 CompensatoryDay Nghỉ bù Giỗ Tổ Hùng Vương
            2023-05-03 CompensatoryDay Nghỉ bù Ngày Chiến thắng
            2023-09-01 PublicHoliday Quốc khánh
            2023-09-02 PublicHoliday Quốc khánh
            2023-09-03 WeeklyRestInBreak Quốc khánh
            2023-09-04 CompensatoryDay Nghỉ bù Quốc khánh
            2023-12-30 WeeklyRestInBreak Tết Dương lịch
            2023-12-31 WeeklyRestInBreak Tết Dương lịch
            """
        },
        {
            2024, """
            2024-01-01 PublicHoliday Tết Dương lịch
            2024-02-08 PublicHoliday Tết Nguyên đán
            2024-02-09 PublicHoliday Tết Nguyên đán
            2024-02-10 PublicHoliday Tết Nguyên đán
            2024-02-11 PublicHoliday Tết Nguyên đán
            2024-02-12 PublicHoliday Tết Nguyên đán
            2024-02-13 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2024-02-14 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2024-04-18 PublicHoliday Giỗ Tổ Hùng Vương
            2024-04-27 WeeklyRestInBreak Ngày Chiến thắng
            2024-04-28 WeeklyRestInBreak Ngày Chiến thắng
            2024-04-29 SwappedDayOff Nghỉ hoán đổi dịp Ngày Chiến thắng
            2024-04-30 PublicHoliday Ngày Chiến thắng
            2024-05-01 PublicHoliday Ngày Quốc tế lao động
            2024-05-04 MakeUpWorkingDay Làm bù cho ngày nghỉ 29/4/2024
            2024-08-31 WeeklyRestInBreak Quốc khánh
            2024-09-01 WeeklyRestInBreak Quốc khánh
            2024-09-02 PublicHoliday Quốc khánh
            2024-09-03 PublicHoliday Quốc khánh
            """
        },
        {
            2025, """
            2025-01-01 PublicHoliday Tết Dương lịch
            2025-01-25 WeeklyRestInBreak Tết Nguyên đán
            2025-01-26 WeeklyRestInBreak Tết Nguyên đán
            2025-01-27 PublicHoliday Tết Nguyên đán
            2025-01-28 PublicHoliday Tết Nguyên đán
            2025-01-29 PublicHoliday Tết Nguyên đán
            2025-01-30 PublicHoliday Tết Nguyên đán
            2025-01-31 PublicHoliday Tết Nguyên đán
            2025-02-01 WeeklyRestInBreak Tết Nguyên đán
            2025-02-02 WeeklyRestInBreak Tết Nguyên đán
            2025-04-05 WeeklyRestInBreak Giỗ Tổ Hùng Vương
            2025-04-06 WeeklyRestInBreak Giỗ Tổ Hùng Vương
            2025-04-07 PublicHoliday Giỗ Tổ Hùng Vương
            2025-04-26 MakeUpWorkingDay Làm bù cho ngày nghỉ 02/5/2025
            2025-04-30 PublicHoliday Ngày Chiến thắng
            2025-05-01 PublicHoliday Ngày Quốc tế lao động
            2025-05-02 SwappedDayOff Nghỉ hoán đổi dịp Ngày Quốc tế lao động
            2025-05-03 WeeklyRestInBreak Ngày Quốc tế lao động
            2025-05-04 WeeklyRestInBreak Ngày Quốc tế lao động
            2025-08-30 WeeklyRestInBreak Quốc khánh
            2025-08-31 WeeklyRestInBreak Quốc khánh
            2025-09-01 PublicHoliday Quốc khánh
            2025-09-02 PublicHoliday Quốc khánh
            """
        },
        {
            2026, """
            2026-01-01 PublicHoliday Tết Dương lịch
            2026-01-02 SwappedDayOff Nghỉ hoán đổi dịp Tết Dương lịch
            2026-01-03 WeeklyRestInBreak Tết Dương lịch
            2026-01-04 WeeklyRestInBreak Tết Dương lịch
            2026-01-10 MakeUpWorkingDay Làm bù cho ngày nghỉ 02/01/2026
            2026-02-14 WeeklyRestInBreak Tết Nguyên đán
            2026-02-15 WeeklyRestInBreak Tết Nguyên đán
            2026-02-16 PublicHoliday Tết Nguyên đán
            2026-02-17 PublicHoliday Tết Nguyên đán
            2026-02-18 PublicHoliday Tết Nguyên đán
            2026-02-19 PublicHoliday Tết Nguyên đán
            2026-02-20 PublicHoliday Tết Nguyên đán
            2026-02-21 WeeklyRestInBreak Tết Nguyên đán
            2026-02-22 WeeklyRestInBreak Tết Nguyên đán
            2026-04-25 WeeklyRestInBreak Giỗ Tổ Hùng Vương
            2026-04-26 PublicHoliday Giỗ Tổ Hùng Vương
            2026-04-27 CompensatoryDay Nghỉ bù Giỗ Tổ Hùng Vương
            2026-04-30 PublicHoliday Ngày Chiến thắng
            2026-05-01 PublicHoliday Ngày Quốc tế lao động
            2026-05-02 WeeklyRestInBreak Ngày Quốc tế lao động
            2026-05-03 WeeklyRestInBreak Ngày Quốc tế lao động
            2026-08-22 MakeUpWorkingDay Làm bù cho ngày nghỉ 31/8/2026
            2026-08-29 WeeklyRestInBreak Quốc khánh
            2026-08-30 WeeklyRestInBreak Quốc khánh
            2026-08-31 SwappedDayOff Nghỉ hoán đổi dịp Quốc khánh
            2026-09-01 PublicHoliday Quốc khánh
            2026-09-02 PublicHoliday Quốc khánh
            """
        },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Reproduces_the_official_schedule_day_for_day(int year, string expected)
    {
        IReadOnlyList<HolidayDay> days = VietnameseHolidayCalendar.Default.GetHolidayDays(year);
        Assert.Equal(ExpectedDays.Lines(expected), days.Select(d => d.ToString()));
        Assert.All(days, d => Assert.False(d.IsProvisional));
        Assert.NotNull(VietnameseHolidayCalendar.Default.GetOfficialSchedule(year));
    }

    [Theory]
    [InlineData(2021, 11)]
    [InlineData(2022, 11)]
    [InlineData(2023, 11)]
    [InlineData(2024, 11)]
    [InlineData(2025, 11)]
    [InlineData(2026, 11)]
    public void Every_official_year_has_the_eleven_statutory_days(int year, int statutory)
    {
        // 2023: Giỗ Tổ, 30/4 and 1/5 are three different days; no year merges two holidays.
        Assert.Equal(statutory, VietnameseHolidayCalendar.Default.GetHolidayDays(year).Count(d => d.Kind == HolidayDayKind.PublicHoliday && d.Date.Year == year));
    }

    [Fact]
    public void Ships_the_schedules_of_2021_to_2026_each_with_its_sources()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default;
        Assert.Equal(Enumerable.Range(2021, 6), calendar.OfficialYears);
        foreach (int year in calendar.OfficialYears)
        {
            OfficialHolidaySchedule schedule = calendar.GetOfficialSchedule(year)!;
            Assert.NotEmpty(schedule.Sources);
            Assert.Equal(5, schedule.LunarNewYearHoliday.Length);
        }

        Assert.Contains(calendar.GetOfficialSchedule(2022)!.Sources, s => s.Contains("245/VPCP-KGVX", StringComparison.Ordinal));
        Assert.Contains(calendar.GetOfficialSchedule(2023)!.Sources, s => s.Contains("8056/VPCP-KGVX", StringComparison.Ordinal));
        Assert.Null(calendar.GetOfficialSchedule(2027));
    }
}
