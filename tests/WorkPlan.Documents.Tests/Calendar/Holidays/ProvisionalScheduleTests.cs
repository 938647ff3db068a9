using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Calendar.Holidays;

/// <summary>Years without an official schedule: the statutory rules, every day flagged provisional.</summary>
public class ProvisionalScheduleTests
{
    [Fact]
    public void Year_2027_follows_the_statutory_rules()
    {
        // Tết Đinh Mùi is Saturday 6/2/2027; tháng Chạp of Bính Ngọ has 29 days, so Tết runs 29 Chạp (Friday 5/2)
        // through mùng 4 (Tuesday 9/2); mùng 1 and mùng 2 fall on the weekend: nghỉ bù Wednesday 10/2 and Thursday 11/2.
        const string expected = """
            2027-01-01 PublicHoliday Tết Dương lịch
            2027-01-02 WeeklyRestInBreak Tết Dương lịch
            2027-01-03 WeeklyRestInBreak Tết Dương lịch
            2027-02-05 PublicHoliday Tết Nguyên đán
            2027-02-06 PublicHoliday Tết Nguyên đán
            2027-02-07 PublicHoliday Tết Nguyên đán
            2027-02-08 PublicHoliday Tết Nguyên đán
            2027-02-09 PublicHoliday Tết Nguyên đán
            2027-02-10 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2027-02-11 CompensatoryDay Nghỉ bù Tết Nguyên đán
            2027-04-16 PublicHoliday Giỗ Tổ Hùng Vương
            2027-04-17 WeeklyRestInBreak Giỗ Tổ Hùng Vương
            2027-04-18 WeeklyRestInBreak Giỗ Tổ Hùng Vương
            2027-04-30 PublicHoliday Ngày Chiến thắng
            2027-05-01 PublicHoliday Ngày Quốc tế lao động
            2027-05-02 WeeklyRestInBreak Ngày Quốc tế lao động
            2027-05-03 CompensatoryDay Nghỉ bù Ngày Quốc tế lao động
            2027-09-02 PublicHoliday Quốc khánh
            2027-09-03 PublicHoliday Quốc khánh
            2027-09-04 WeeklyRestInBreak Quốc khánh
            2027-09-05 WeeklyRestInBreak Quốc khánh
            """;
        IReadOnlyList<HolidayDay> days = VietnameseHolidayCalendar.Default.GetHolidayDays(2027);
        Assert.Equal(ExpectedDays.Lines(expected), days.Select(d => d.ToString().Replace(" (provisional)", string.Empty, StringComparison.Ordinal)));
        Assert.All(days, d => Assert.True(d.IsProvisional));
        Assert.All(days, d => Assert.True(VietnameseHolidayCalendar.Default.Classify(d.Date).IsProvisional));
        Assert.False(VietnameseHolidayCalendar.Default.Classify(new LocalDate(2027, 2, 12)).IsProvisional); // an ordinary Friday
    }

    [Fact]
    public void Tet_runs_from_the_last_day_of_thang_Chap_through_mung_4_whether_Chap_has_29_or_30_days()
    {
        // 2034: Chạp of Quý Sửu has 30 days, Tết Giáp Dần is Sunday 19/2/2034.
        IReadOnlyList<HolidayDay> days = VietnameseHolidayCalendar.Default.GetHolidayDays(2034);
        LocalDate[] tet = days.Where(d => d.Kind == HolidayDayKind.PublicHoliday && d.Name == "Tết Nguyên đán").Select(d => d.Date).ToArray();
        Assert.Equal(new LocalDate(2034, 2, 18), tet[0]);
        Assert.Equal(new LocalDate(2034, 2, 22), tet[^1]);
        Assert.Equal(5, tet.Length);

        // Saturday 18/2 and Sunday 19/2 give Thursday 23/2 and Friday 24/2 off; the break runs Saturday 18/2 to Sunday 26/2.
        Assert.Equal(
            [new LocalDate(2034, 2, 23), new LocalDate(2034, 2, 24)],
            days.Where(d => d.Kind == HolidayDayKind.CompensatoryDay && d.Date.Month == 2).Select(d => d.Date));
        Assert.Equal(DayStatus.Holiday, VietnameseHolidayCalendar.Default.Classify(new LocalDate(2034, 2, 26)).Status);
        Assert.Equal(DayStatus.WorkingDay, VietnameseHolidayCalendar.Default.Classify(new LocalDate(2034, 2, 27)).Status);
    }

    [Fact]
    public void Without_the_official_table_2021_gets_the_provisional_Tet_not_the_announced_one()
    {
        // The law alone puts Tết Tân Sửu on 30 Chạp–mùng 4 (11–15/2); the Prime Minister chose 29 Chạp–mùng 3 (10–14/2).
        VietnameseHolidayCalendar law = VietnameseHolidayCalendar.LawOnly;
        Assert.Equal(DayStatus.WorkingDay, law.Classify(new LocalDate(2021, 2, 10)).Status);
        Assert.Equal(DayStatus.Holiday, VietnameseHolidayCalendar.Default.Classify(new LocalDate(2021, 2, 10)).Status);
        Assert.True(law.Classify(new LocalDate(2021, 2, 11)).IsProvisional);
        Assert.Empty(law.OfficialYears);
    }

    [Fact]
    public void Before_2021_Quoc_khanh_is_one_day_under_the_Labour_Code_2012()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default;
        Assert.Equal(DayStatus.Holiday, calendar.Classify(new LocalDate(2020, 9, 2)).Status); // Wednesday
        Assert.Equal(DayStatus.WorkingDay, calendar.Classify(new LocalDate(2020, 9, 3)).Status);
        Assert.True(calendar.Classify(new LocalDate(2020, 9, 2)).IsProvisional);
        Assert.Equal(10, calendar.GetHolidayDays(2020).Count(d => d.Kind == HolidayDayKind.PublicHoliday && d.Date.Year == 2020));
    }

    [Fact]
    public void Every_covered_year_has_its_statutory_days_and_never_a_compensatory_day_on_a_weekend()
    {
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default;
        for (int year = VietnameseHolidayCalendar.MinYear; year <= VietnameseHolidayCalendar.MaxYear; year++)
        {
            IReadOnlyList<HolidayDay> days = calendar.GetHolidayDays(year);
            int holidays = days.Count(d => d.Kind == HolidayDayKind.PublicHoliday);
            Assert.InRange(holidays, year < 2021 ? 9 : 10, year < 2021 ? 10 : 11); // 9 or 10 when two fall on one day
            Assert.All(days.Where(d => d.Kind is HolidayDayKind.CompensatoryDay or HolidayDayKind.SwappedDayOff), d => Assert.False(d.Date.DayOfWeek >= IsoDayOfWeek.Saturday));
            Assert.All(days, d => Assert.Equal(year, d.Date.Year));
            Assert.Equal(days.Select(d => d.Date).OrderBy(d => d), days.Select(d => d.Date));
        }
    }

    [Fact]
    public void A_break_across_New_Year_belongs_to_both_years()
    {
        // 1/1/2024 is a Monday: Saturday 30/12/2023 and Sunday 31/12/2023 are part of its break.
        VietnameseHolidayCalendar calendar = VietnameseHolidayCalendar.Default;
        Assert.Equal(new DayClassification(DayStatus.Holiday, "Tết Dương lịch"), calendar.Classify(new LocalDate(2023, 12, 30)));
        Assert.Equal(new DayClassification(DayStatus.Weekend), calendar.Classify(new LocalDate(2023, 12, 23)));
    }
}
