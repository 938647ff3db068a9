using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>
/// The public holidays of Vietnam for officials and public employees with a Saturday and Sunday weekly rest, as an
/// <see cref="IDayClassifier"/> that scaffolds a work programme's days: working days, weekends, holiday breaks
/// ("Nghỉ lễ") and make-up working days.
/// </summary>
/// <remarks>
/// <para>
/// The statutory holidays of the Labour Code 2019, Art. 112(1): Tết Dương lịch (1/1), Tết Nguyên đán (5 days),
/// Giỗ Tổ Hùng Vương (10/3 âm lịch), Ngày Chiến thắng (30/4), Ngày Quốc tế lao động (1/5) and Quốc khánh (2/9 and
/// one adjacent day). A holiday on a Saturday or Sunday gives the next working day off (nghỉ bù, Art. 111(3)).
/// The Prime Minister decides each year which five days are Tết, which day goes with 2/9, and which working days
/// are swapped for make-up Saturdays: <see cref="Default"/> holds the official schedules of 2021 to 2026 (with their
/// sources); any other year gets a provisional schedule from the law — Tết from the last day of tháng Chạp through
/// mùng 4, Quốc khánh 2/9 and 3/9, compensatory days, no swaps — and every day of its breaks is flagged
/// <see cref="DayClassification.IsProvisional"/>. Years 2014 to 2020 follow the Labour Code 2012 (Quốc khánh one day).
/// </para>
/// <para>
/// A holiday break is the run of consecutive days off (weekend, holiday, compensatory and swapped days) that contains
/// a holiday; every day of it is classified <see cref="DayStatus.Holiday"/>, as the programmes show Saturday 1/5 and
/// Sunday 2/5/2021. A make-up Saturday is <see cref="DayStatus.MakeUpWorkingDay"/>.
/// </para>
/// <para>
/// The calendar is immutable: <see cref="WithOfficialSchedule"/> (a newly announced year) and
/// <see cref="WithAnnualHoliday"/> (a province's own day, the 24/11 Culture Day once it is law) return a new calendar.
/// Each year is worked out on first use and cached.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
///     .WithDayClassifier(VietnameseHolidayCalendar.Default)   // or .WithVietnameseHolidays()
///     …
/// </code>
/// </example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class VietnameseHolidayCalendar : IDayClassifier
{
    /// <summary>The first year the calendar covers (the first full year of the Labour Code 2012).</summary>
    public const int MinYear = 2014;

    /// <summary>The last year the calendar covers.</summary>
    public const int MaxYear = 2199;

    /// <summary>The year the Labour Code 2019 took effect (Quốc khánh two days).</summary>
    internal const int LabourCode2019Year = 2021;

    private static readonly Lazy<VietnameseHolidayCalendar> Shipped = new(() => new VietnameseHolidayCalendar(OfficialScheduleTable.LoadShipped(), []));

    private readonly IReadOnlyDictionary<int, OfficialHolidaySchedule> schedules;
    private readonly HolidayYear?[] years = new HolidayYear?[MaxYear - MinYear + 1];

    private VietnameseHolidayCalendar(IReadOnlyDictionary<int, OfficialHolidaySchedule> schedules, IReadOnlyList<AnnualHoliday> annualHolidays)
    {
        this.schedules = schedules;
        AnnualHolidays = annualHolidays;
    }

    /// <summary>Gets the calendar of the law with the official schedules of 2021 to 2026 shipped with the library.</summary>
    public static VietnameseHolidayCalendar Default => Shipped.Value;

    /// <summary>Gets the calendar of the law alone, with no official schedule: every year is provisional.</summary>
    internal static VietnameseHolidayCalendar LawOnly { get; } = new(new Dictionary<int, OfficialHolidaySchedule>(), []);

    /// <summary>Gets the holidays added to the statutory ones.</summary>
    public IReadOnlyList<AnnualHoliday> AnnualHolidays { get; }

    /// <summary>Gets the years that have an official schedule, in order.</summary>
    public IEnumerable<int> OfficialYears => schedules.Keys.OrderBy(y => y);

    /// <summary>Returns a calendar with <paramref name="schedule"/> as the official schedule of its year, replacing any other.</summary>
    /// <param name="schedule">The schedule, e.g. of a newly announced year.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public VietnameseHolidayCalendar WithOfficialSchedule(OfficialHolidaySchedule schedule)
    {
        if (schedule is null)
        {
            throw new ArgumentNullException(nameof(schedule));
        }

        var copy = schedules.ToDictionary(p => p.Key, p => p.Value);
        copy[schedule.Year] = schedule;
        return new VietnameseHolidayCalendar(copy, AnnualHolidays);
    }

    /// <summary>Returns a calendar that also keeps <paramref name="holiday"/> every year it covers.</summary>
    /// <param name="holiday">The holiday, e.g. <see cref="AnnualHoliday.VietnamCultureDay"/> or a province's own day.</param>
    /// <returns>The new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holiday"/> is null.</exception>
    public VietnameseHolidayCalendar WithAnnualHoliday(AnnualHoliday holiday)
    {
        if (holiday is null)
        {
            throw new ArgumentNullException(nameof(holiday));
        }

        return new VietnameseHolidayCalendar(schedules, AnnualHolidays.Concat([holiday]).ToList().AsReadOnly());
    }

    /// <summary>Returns the official schedule of a year, or null when the year has none and is computed provisionally.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The schedule, or null.</returns>
    public OfficialHolidaySchedule? GetOfficialSchedule(int year) => schedules.TryGetValue(year, out OfficialHolidaySchedule? schedule) ? schedule : null;

    /// <summary>Returns the days of a year that are not ordinary: every day of its holiday breaks and its make-up working days.</summary>
    /// <param name="year">The Gregorian year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The days in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public IReadOnlyList<HolidayDay> GetHolidayDays(int year) => GetYear(year, nameof(year)).SpecialDays;

    /// <summary>Classifies a date: working day, weekend, holiday (with its name) or make-up working day.</summary>
    /// <param name="date">The date, in <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The classification; <see cref="DayClassification.IsProvisional"/> is set for the holiday days of a year without an official schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years the calendar covers.</exception>
    public DayClassification Classify(LocalDate date)
    {
        date = date.WithCalendar(CalendarSystem.Iso);
        if (!Covers(date.Year))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"{IsoDate.Format(date)} is outside the Vietnamese holiday calendar, {MinYear} to {MaxYear}; set the day's status explicitly or use WeekendDayClassifier.");
        }

        return GetYear(date.Year, nameof(date)).Classify(date);
    }

    /// <summary>Returns whether the calendar covers <paramref name="year"/>: <see cref="MinYear"/> to <see cref="MaxYear"/>.</summary>
    /// <param name="year">The Gregorian year.</param>
    /// <returns>Whether its days can be classified.</returns>
    internal static bool Covers(int year) => year >= MinYear && year <= MaxYear;

    private HolidayYear GetYear(int year, string parameter)
    {
        if (!Covers(year))
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"year {year} is outside the Vietnamese holiday calendar, {MinYear} to {MaxYear}.");
        }

        return LazySlots.GetOrCompute(years, year - MinYear, this, year, static (self, y) => HolidayYearResolver.Resolve(y, self.schedules, self.AnnualHolidays));
    }
}
