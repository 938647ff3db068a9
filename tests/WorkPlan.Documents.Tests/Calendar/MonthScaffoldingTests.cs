using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Calendar;

public class MonthScaffoldingTests
{
    [Fact]
    public void May_2021_scaffolds_with_the_seed_holidays_and_weekends()
    {
        WorkProgramme programme = Scaffold(new YearMonth(2021, 5), b => b.WithVietnameseHolidays());

        Assert.Equal(31, programme.Schedule.Days.Count);
        Assert.Equal([1, 2, 3], DaysWith(programme, DayStatus.Holiday));
        Assert.Equal([8, 9, 15, 16, 22, 23, 29, 30], DaysWith(programme, DayStatus.Weekend));
        Assert.Empty(DaysWith(programme, DayStatus.MakeUpWorkingDay));
        Assert.Equal(31 - 3 - 8, DaysWith(programme, DayStatus.WorkingDay).Length);

        // The seed: "01 Thứ 7 Nghỉ lễ", "02 CN Nghỉ lễ", "03 Thứ 2 Nghỉ lễ".
        IReadOnlyList<ScheduleDay> days = programme.Schedule.Days;
        Assert.Equal((IsoDayOfWeek.Saturday, "Ngày Quốc tế lao động"), (days[0].DayOfWeek, days[0].HolidayName));
        Assert.Equal((IsoDayOfWeek.Sunday, "Ngày Quốc tế lao động"), (days[1].DayOfWeek, days[1].HolidayName));
        Assert.Equal((IsoDayOfWeek.Monday, "Nghỉ bù Ngày Quốc tế lao động"), (days[2].DayOfWeek, days[2].HolidayName));
        Assert.All(days, d => Assert.False(d.IsProvisional));
    }

    [Fact]
    public void April_2026_scaffolds_with_Gio_To_its_compensatory_day_and_30_April()
    {
        WorkProgramme programme = Scaffold(new YearMonth(2026, 4), b => b.WithDayClassifier(VietnameseHolidayCalendar.Default));

        Assert.Equal([25, 26, 27, 30], DaysWith(programme, DayStatus.Holiday));
        Assert.Equal([4, 5, 11, 12, 18, 19], DaysWith(programme, DayStatus.Weekend));
        Assert.Equal("Giỗ Tổ Hùng Vương", programme.Schedule.Days[25].HolidayName);
        Assert.Equal("Nghỉ bù Giỗ Tổ Hùng Vương", programme.Schedule.Days[26].HolidayName);
        Assert.Equal("Ngày Chiến thắng", programme.Schedule.Days[29].HolidayName);
    }

    [Fact]
    public void A_make_up_Saturday_is_scaffolded_as_a_working_day()
    {
        WorkProgramme programme = Scaffold(new YearMonth(2024, 5), b => b.WithVietnameseHolidays());
        Assert.Equal([4], DaysWith(programme, DayStatus.MakeUpWorkingDay));
        Assert.Null(programme.Schedule.Days[3].HolidayName);
        Assert.Equal([1], DaysWith(programme, DayStatus.Holiday));
    }

    [Fact]
    public void A_month_of_a_provisional_year_flags_its_holidays()
    {
        WorkProgramme programme = Scaffold(new YearMonth(2027, 2), b => b.WithVietnameseHolidays());
        Assert.Equal([5, 6, 7, 8, 9, 10, 11], DaysWith(programme, DayStatus.Holiday));
        Assert.All(programme.Schedule.Days, d => Assert.Equal(d.Status == DayStatus.Holiday, d.IsProvisional));
    }

    [Fact]
    public void A_status_set_on_a_day_wins_over_the_calendar()
    {
        WorkProgramme programme = Scaffold(new YearMonth(2021, 5), b => b.WithVietnameseHolidays().Day(3, d => d.Status(DayStatus.WorkingDay)));
        Assert.Equal([1, 2], DaysWith(programme, DayStatus.Holiday));
    }

    private static WorkProgramme Scaffold(YearMonth month, Func<WorkProgrammeBuilder, WorkProgrammeBuilder> configure) =>
        configure(WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(month)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", month.OnDayOfMonth(1)))
            .WithSignature(Samples.Signature)
            .Build();

    private static int[] DaysWith(WorkProgramme programme, DayStatus status) =>
        programme.Schedule.Days.Where(d => d.Status == status).Select(d => d.Date.Day).ToArray();
}
