using NodaTime;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Checking;

/// <summary>
/// WP007 and WP012 for programmes dated where the day classifier cannot classify: a programme of 2013 or 2200 is
/// checked with the holiday calendar (2014 to 2199) too, its missing days judged by weekends alone, where the checker
/// used to fail with the calendar's ArgumentOutOfRangeException (exit 70 in <c>workplan check</c>).
/// </summary>
public class DayCheckTests
{
    [Theory]
    [InlineData(2013)]
    [InlineData(2200)]
    public void A_programme_outside_the_calendars_years_is_checked_by_weekends_and_says_holidays_were_not_checked(int year)
    {
        WorkProgramme programme = May(year)
            .Day(2, d => d.Morning(s => s.Add("Giao ban", "Phòng HCTHTT", "Oánh")))
            .Build();

        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(programme, VietnameseHolidayCalendar.Default);

        Finding notChecked = Assert.Single(findings, f => f.RuleId == "WP012");
        Assert.Equal(FindingSeverity.Information, notChecked.Severity);
        Assert.Equal(ProgrammeLocation.ForField("period"), notChecked.Location);
        Assert.Equal(
            $"Holidays could not be checked for {year}: the Vietnamese holiday calendar covers 2014 to 2199, so the days of {year} missing from the schedule were judged by weekends alone.",
            notChecked.Message);
        Assert.Equal("List every day of the period in the schedule with its status.", notChecked.SuggestedFix);
        IEnumerable<LocalDate> weekdays = programme.Period.Dates.Where(d => d.Day != 2 && d.DayOfWeek < IsoDayOfWeek.Saturday);
        Assert.Equal(weekdays, findings.Where(f => f.RuleId == "WP007").Select(f => f.Location.Date!.Value));
    }

    [Fact]
    public void A_programme_that_lists_every_day_needs_no_classifier_and_gets_no_WP012()
    {
        WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2013, 5)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2013, 5, 2)))
            .WithSignature(Samples.Signature)
            .Build();

        Assert.DoesNotContain(ProgrammeChecker.Check(programme, VietnameseHolidayCalendar.Default), f => f.RuleId == "WP012");
    }

    [Fact]
    public void A_year_the_classifier_cannot_classify_is_reported_once_and_asked_about_once()
    {
        var classifier = new OnlyYear(2020);
        WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForInterval(new DateInterval(new LocalDate(2020, 12, 21), new LocalDate(2021, 1, 10))))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2020, 12, 21)))
            .WithSignature(Samples.Signature)
            .IncludeEmptyDays(false)
            .Build();

        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(programme, classifier);

        Finding notChecked = Assert.Single(findings, f => f.RuleId == "WP012");
        Assert.Equal(
            "Holidays could not be checked for 2021: the day classifier cannot classify its days, so the days of 2021 missing from the schedule were judged by weekends alone.",
            notChecked.Message);
        Assert.Equal(1, classifier.Refusals);
        Assert.Equal(9 + 6, findings.Count(f => f.RuleId == "WP007")); // 21–31/12: 9 working days; 1–10/1: 6 by weekends alone
    }

    private static WorkProgrammeBuilder May(int year) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(year, 5)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(year, 5, 2)))
            .WithSignature(Samples.Signature)
            .IncludeEmptyDays(false);

    /// <summary>Classifies the days of one year (by weekends) and refuses every other, as the holiday calendar does outside its years.</summary>
    private sealed class OnlyYear(int year) : IDayClassifier
    {
        public int Refusals { get; private set; }

        public DayClassification Classify(LocalDate date)
        {
            if (date.Year != year)
            {
                Refusals++;
                throw new ArgumentOutOfRangeException(nameof(date), date, "Not covered.");
            }

            return WeekendDayClassifier.Instance.Classify(date);
        }
    }
}
