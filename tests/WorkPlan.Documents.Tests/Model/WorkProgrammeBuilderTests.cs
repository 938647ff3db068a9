using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Model;

public class WorkProgrammeBuilderTests
{
    [Fact]
    public void Build_lists_every_day_of_the_month_with_weekends_classified()
    {
        WorkProgramme programme = Samples.FullMonth();

        Assert.Equal(31, programme.Schedule.Days.Count);
        Assert.Equal(Enumerable.Range(1, 31), programme.Schedule.Days.Select(d => d.Date.Day));
        Assert.Equal(DayStatus.Weekend, programme.Schedule.Days[15].Status); // Sunday 16/5
        Assert.Equal(DayStatus.WorkingDay, programme.Schedule.Days[9].Status); // Monday 10/5
        Assert.Equal(DayStatus.MakeUpWorkingDay, programme.Schedule.Days[7].Status); // set explicitly
        Assert.Equal("Ngày Quốc tế Lao động", programme.Schedule.Days[0].HolidayName);
    }

    [Fact]
    public void Sessions_are_kept_in_day_order_whatever_order_they_were_added()
    {
        WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 10)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(1, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithSignature(Samples.Signature)
            .Day(new LocalDate(2021, 5, 10), d => d.Afternoon(s => s.Add("B")).Morning(s => s.Add("A")).Afternoon(s => s.Add("C")))
            .Build();

        ScheduleDay monday = programme.Schedule.Days[0];
        Assert.Equal([SessionKind.Morning, SessionKind.Afternoon], monday.Sessions.Select(s => s.Kind));
        Assert.Equal(["B", "C"], monday.GetSession(SessionKind.Afternoon)!.Entries.Select(e => e.Content));
    }

    [Fact]
    public void Derived_texts_come_from_the_period()
    {
        WorkProgramme month = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithSignature(Samples.Signature)
            .Build();

        Assert.Equal("Công tác tháng 5 năm 2021", month.Abstract);
        Assert.Null(month.CustomAbstract);
        Assert.Equal("Dự kiến lịch làm việc tháng 5/2021", month.ScheduleHeading);
        Assert.Equal("Lưu: VT.", month.Recipients.ArchiveLine);

        WorkProgramme week = Samples.Minimal();
        Assert.Equal(PeriodKind.Week, week.Period.Kind);
        Assert.Equal("Công tác tuần từ ngày 10/5 đến ngày 16/5/2021", week.Abstract);
        Assert.Equal(7, week.Schedule.Days.Count);
    }

    [Fact]
    public void Build_without_agency_identity_or_signature_says_what_is_missing()
    {
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5))).WithAgency(Samples.Agency).Build());
        Assert.Contains("WithIdentity", error.Message, StringComparison.Ordinal);
        Assert.Contains("WithSignature", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("WithAgency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_outside_the_period_is_rejected_naming_the_day()
    {
        WorkProgrammeBuilder builder = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)));
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(
            () => builder.Day(new LocalDate(2021, 6, 1), d => d.Morning(s => s.Add("x"))));
        Assert.Contains("2021-06-01", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Day(32, _ => { }));
    }

    [Fact]
    public void An_empty_entry_is_rejected_naming_the_day_and_field()
    {
        WorkProgrammeBuilder builder = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)));
        ArgumentException error = Assert.Throws<ArgumentException>(() => builder.Day(4, d => d.Morning(s => s.Add("   "))));
        Assert.Contains("2021-05-04", error.Message, StringComparison.Ordinal);
        Assert.Contains("entry.content", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaders_given_by_name_get_the_honorific()
    {
        WorkProgramme programme = Samples.FullMonth();
        ScheduleEntry first = programme.Schedule.Days[3].Sessions[0].Entries[0];
        Assert.Equal(["Đ/c Oánh", "Đ/c Long", "Đ/c Anh", "Đ/c Dực"], first.Leaders.Select(p => p.DisplayName));
    }
}
