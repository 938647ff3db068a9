using System.Globalization;
using NodaTime;
using NodaTime.Calendars;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// The days a programme covers: a month, a Monday-to-Sunday week, or any other interval of dates.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ProgrammePeriod : IEquatable<ProgrammePeriod>
{
    private ProgrammePeriod(PeriodKind kind, DateInterval dates, YearMonth? month)
    {
        Kind = kind;
        Dates = dates;
        Month = month;
    }

    /// <summary>Gets what span of time this is.</summary>
    public PeriodKind Kind { get; }

    /// <summary>Gets the dates covered, both ends inclusive.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the month for a <see cref="PeriodKind.Month"/> period; null otherwise.</summary>
    public YearMonth? Month { get; }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start => Dates.Start;

    /// <summary>Gets the last day.</summary>
    public LocalDate End => Dates.End;

    /// <summary>
    /// Gets the abstract (trích yếu) a work programme derives from the period: "Công tác tháng 5 năm 2021",
    /// "Công tác tuần từ ngày 03/5 đến ngày 09/5/2021", or "Công tác từ ngày … đến ngày …". A programme of another
    /// <see cref="DocumentKind"/> derives its own (<see cref="WorkProgramme.Abstract"/>).
    /// </summary>
    public string DefaultAbstract => "Công tác " + Phrase;

    /// <summary>
    /// Gets the period as running text: "tháng 5 năm 2021", "tuần từ ngày 10/5 đến ngày 16/5/2021", "từ ngày 01/5 đến
    /// ngày 15/6/2021".
    /// </summary>
    internal string Phrase => Kind switch
    {
        PeriodKind.Month => Nd30DateFormat.MonthAndYear(Month!.Value),
        PeriodKind.Week => "tuần " + RangeText(),
        _ => RangeText(),
    };

    /// <summary>Gets the default heading of the schedule section: "Dự kiến lịch làm việc tháng 5/2021" (as the seed).</summary>
    public string DefaultScheduleHeading => Kind switch
    {
        PeriodKind.Month => "Dự kiến lịch làm việc tháng " + Nd30DateFormat.ShortMonth(Month!.Value),
        PeriodKind.Week => "Dự kiến lịch làm việc tuần " + RangeText(),
        _ => "Dự kiến lịch làm việc " + RangeText(),
    };

    /// <summary>
    /// Gets the period as a part of a file name, safe on every file system (ASCII letters, digits and hyphens only):
    /// "thang-5-2021" for a month, "tuan-19-2021" for a week (its ISO 8601 week number and week-based year, as
    /// <c>workplan new --week 2021-W19</c> names it), "2021-05-01-den-2021-06-15" for any other interval.
    /// </summary>
    public string FileNamePart => Kind switch
    {
        PeriodKind.Month => string.Format(CultureInfo.InvariantCulture, "thang-{0}-{1}", Month!.Value.Month, Month.Value.Year),
        PeriodKind.Week => string.Format(
            CultureInfo.InvariantCulture, "tuan-{0}-{1}", WeekYearRules.Iso.GetWeekOfWeekYear(Start), WeekYearRules.Iso.GetWeekYear(Start)),
        _ => IsoDate.Format(Start) + "-den-" + IsoDate.Format(End),
    };

    /// <summary>Creates the period of a calendar month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The month's period.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    public static ProgrammePeriod ForMonth(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("period.month must be in the ISO calendar.", nameof(month));
        }

        return new ProgrammePeriod(PeriodKind.Month, month.ToDateInterval(), month);
    }

    /// <summary>Creates the period of the Monday-to-Sunday week that contains <paramref name="dayInWeek"/>.</summary>
    /// <param name="dayInWeek">Any day of the week.</param>
    /// <returns>The week's period.</returns>
    public static ProgrammePeriod ForWeek(LocalDate dayInWeek)
    {
        CheckIso(dayInWeek, nameof(dayInWeek));
        LocalDate monday = dayInWeek.PlusDays(-((int)dayInWeek.DayOfWeek - 1));
        return new ProgrammePeriod(PeriodKind.Week, new DateInterval(monday, monday.PlusDays(6)), null);
    }

    /// <summary>
    /// Creates a period of any run of days. A whole calendar month becomes a <see cref="PeriodKind.Month"/> period
    /// and a Monday-to-Sunday week a <see cref="PeriodKind.Week"/> period, so equal spans compare equal.
    /// </summary>
    /// <param name="dates">The days, both ends inclusive.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dates"/> is not in the ISO calendar.</exception>
    /// <exception cref="ProgrammeLimitException"><paramref name="dates"/> is longer than <see cref="ProgrammeLimits.MaxDays"/>.</exception>
    public static ProgrammePeriod ForInterval(DateInterval dates)
    {
        if (dates is null)
        {
            throw new ArgumentNullException(nameof(dates));
        }

        CheckIso(dates.Start, nameof(dates));
        LimitCheck.Count(dates.Length, ProgrammeLimits.MaxDays, nameof(ProgrammeLimits.MaxDays), nameof(dates), "the period", "days");

        var month = new YearMonth(dates.Start.Year, dates.Start.Month);
        if (dates.Start == month.OnDayOfMonth(1) && dates.End == month.ToDateInterval().End)
        {
            return ForMonth(month);
        }

        if (dates.Length == 7 && dates.Start.DayOfWeek == IsoDayOfWeek.Monday)
        {
            return ForWeek(dates.Start);
        }

        return new ProgrammePeriod(PeriodKind.Custom, dates, null);
    }

    /// <summary>Returns whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when the period contains the date.</returns>
    public bool Contains(LocalDate date) => Dates.Contains(date);

    /// <inheritdoc />
    public bool Equals(ProgrammePeriod? other) => other is not null && Kind == other.Kind && Dates.Equals(other.Dates);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammePeriod);

    /// <inheritdoc />
    public override int GetHashCode() => Dates.GetHashCode();

    /// <summary>Returns the period as ISO text: "2021-05", or "2021-05-03/2021-05-09".</summary>
    /// <returns>The period's text.</returns>
    public override string ToString() => Kind == PeriodKind.Month
        ? IsoDate.Format(Month!.Value)
        : IsoDate.Format(Start) + "/" + IsoDate.Format(End);

    private static void CheckIso(LocalDate date, string field)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("period dates must be in the ISO calendar.", field);
        }
    }

    private string RangeText() => Start.Year == End.Year
        ? "từ ngày " + Nd30DateFormat.ShortDate(Start, includeYear: false) + " đến ngày " + Nd30DateFormat.ShortDate(End)
        : "từ ngày " + Nd30DateFormat.ShortDate(Start) + " đến ngày " + Nd30DateFormat.ShortDate(End);
}
