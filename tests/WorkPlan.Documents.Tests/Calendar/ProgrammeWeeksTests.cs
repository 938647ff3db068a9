using NodaTime;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Calendar;

/// <summary>A week's programme scaffolded, or taken from the seed month with its entries (issue 13, "weeks end to end").</summary>
public class ProgrammeWeeksTests
{
    [Fact]
    public void The_week_of_10_to_16_May_2021_is_taken_from_the_seed_with_its_entries()
    {
        WorkProgramme seed = Renderers.Seed();

        WorkProgramme week = seed.Week(new LocalDate(2021, 5, 12));

        Assert.Equal((PeriodKind.Week, new LocalDate(2021, 5, 10), new LocalDate(2021, 5, 16)), (week.Period.Kind, week.Period.Start, week.Period.End));
        Assert.Equal(Enumerable.Range(10, 7), week.Schedule.Days.Select(d => d.Date.Day));
        foreach (ScheduleDay day in week.Schedule.Days)
        {
            ScheduleDay source = seed.Schedule.Days.Single(d => d.Date == day.Date);
            Assert.Same(source, day);
        }

        Assert.Equal("Công tác tuần từ ngày 10/5 đến ngày 16/5/2021", week.Abstract);
        Assert.Empty(week.FocusTasks.Tasks);
        Assert.Equal((seed.Agency, seed.Identity, seed.Signature, seed.Recipients), (week.Agency, week.Identity, week.Signature, week.Recipients));
        Assert.Equal("chuong-trinh-cong-tac-tuan-19-2021", week.SuggestedFileName);
    }

    [Fact]
    public void The_derived_week_renders_in_both_formats_and_passes_the_checker_and_the_nd30_lint()
    {
        WorkProgramme week = Renderers.Seed().Week(new LocalDate(2021, 5, 10));

        byte[] docx = Renderers.Default.RenderDocx(week);
        string html = Renderers.Default.RenderHtml(week);

        Assert.DoesNotContain(ProgrammeChecker.Check(week), f => f.Severity == FindingSeverity.Error);
        using var stream = new MemoryStream(docx);
        Assert.DoesNotContain(Nd30Linter.Check(stream), f => f.Severity == FindingSeverity.Error);
        Assert.Contains("Công tác tuần từ ngày 10/5 đến ngày 16/5/2021", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_that_runs_into_the_next_month_gets_those_days_from_the_holiday_calendar()
    {
        WorkProgramme week = Renderers.Seed().Week(new LocalDate(2021, 6, 2));

        Assert.Equal(new LocalDate(2021, 5, 31), week.Period.Start);
        Assert.Equal(7, week.Schedule.Days.Count);
        ScheduleDay saturday = week.Schedule.Days.Single(d => d.Date == new LocalDate(2021, 6, 5));
        Assert.Equal(DayStatus.Weekend, saturday.Status);
        Assert.Empty(week.Schedule.Days.Single(d => d.Date == new LocalDate(2021, 6, 1)).Entries);
        Assert.NotEmpty(week.Schedule.Days.Single(d => d.Date == new LocalDate(2021, 5, 31)).Entries);
    }

    [Fact]
    public void A_week_outside_the_programme_is_refused_naming_both_periods()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Renderers.Seed().Week(new LocalDate(2021, 7, 14)));

        Assert.StartsWith("the week 2021-07-12 – 2021-07-18 has no day in the programme's period 2021-05-01 – 2021-05-31.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_is_scaffolded_with_every_day_classified_and_dated_its_monday()
    {
        WorkProgramme week = ProgrammeScaffold.ForWeek(new LocalDate(2021, 9, 1));

        Assert.Equal(new LocalDate(2021, 8, 30), week.Period.Start);
        Assert.Equal(new LocalDate(2021, 8, 30), week.Identity.IssueDate);
        Assert.Equal(DayStatus.Holiday, week.Schedule.Days.Single(d => d.Date == new LocalDate(2021, 9, 2)).Status);
        Assert.Equal(7, week.Schedule.Days.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgrammeScaffold.ForWeek(new LocalDate(2013, 12, 31)));
    }
}
