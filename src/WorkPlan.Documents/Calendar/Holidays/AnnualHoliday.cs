using WorkPlan.Documents.Calendar.Lunar;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>
/// A holiday added to the statutory ones, every year on a solar or lunar date: a province's own day off, or a new
/// national holiday such as <see cref="VietnamCultureDay"/> once it becomes law.
/// </summary>
/// <example>
/// <code>
/// var calendar = VietnameseHolidayCalendar.Default
///     .WithAnnualHoliday(AnnualHoliday.VietnamCultureDay)
///     .WithAnnualHoliday(AnnualHoliday.OnLunarDate("Lễ hội Đền Hùng (ngày nghỉ của tỉnh)", month: 3, day: 9, firstYear: 2027));
/// </code>
/// </example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class AnnualHoliday
{
    private AnnualHoliday(string name, bool isLunar, int month, int day, int firstYear, int? lastYear, bool isCompensated)
    {
        Name = Text.XmlSafeText.NormalizeRequired(name, "holiday.name");
        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"holiday \"{Name}\": month must be 1 to 12.");
        }

        int maxDay = isLunar ? 30 : new[] { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }[month - 1];
        if (day < 1 || day > maxDay)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"holiday \"{Name}\": day must be 1 to {maxDay} in month {month}.");
        }

        if (firstYear < VietnameseHolidayCalendar.MinYear || firstYear > VietnameseHolidayCalendar.MaxYear || lastYear < firstYear)
        {
            throw new ArgumentOutOfRangeException(nameof(firstYear), firstYear, $"holiday \"{Name}\": the years {firstYear} to {lastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "on"} are not a range within {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}.");
        }

        IsLunar = isLunar;
        Month = month;
        Day = day;
        FirstYear = firstYear;
        LastYear = lastYear;
        IsCompensated = isCompensated;
    }

    /// <summary>
    /// Gets the Vietnam Culture Day (Ngày Văn hóa Việt Nam), 24 November, from 2026. The Politburo chose it as a paid
    /// day off (Nghị quyết 80-NQ/TW, 7 January 2026) and the Government proposed adding it to Art. 112(1) (Nghị quyết
    /// 30/NQ-CP, February 2026); it needs an amendment of the Labour Code, so it is not in
    /// <see cref="VietnameseHolidayCalendar.Default"/>: add it with <see cref="VietnameseHolidayCalendar.WithAnnualHoliday"/>
    /// once it is law.
    /// </summary>
    public static AnnualHoliday VietnamCultureDay { get; } = OnSolarDate("Ngày Văn hóa Việt Nam", 11, 24, 2026);

    /// <summary>Gets the holiday's name, e.g. "Ngày Văn hóa Việt Nam".</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether <see cref="Month"/> and <see cref="Day"/> are a lunar date (âm lịch).</summary>
    public bool IsLunar { get; }

    /// <summary>Gets the month.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month; a lunar day 30 falls on day 29 in a 29-day month.</summary>
    public int Day { get; }

    /// <summary>Gets the first year the holiday is kept.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year the holiday is kept, or null for every year from <see cref="FirstYear"/>.</summary>
    public int? LastYear { get; }

    /// <summary>Gets a value indicating whether a compensatory day follows when the holiday falls on a weekend (as for the statutory holidays, Art. 111(3)).</summary>
    public bool IsCompensated { get; }

    /// <summary>Creates a holiday on a Gregorian date.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="firstYear">The first year it is kept.</param>
    /// <param name="lastYear">The last year it is kept; null for no end.</param>
    /// <param name="isCompensated">Whether a compensatory day follows when it falls on a weekend.</param>
    /// <returns>The holiday.</returns>
    /// <exception cref="ArgumentException">The name is empty or holds characters a document cannot carry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date or years are out of range.</exception>
    public static AnnualHoliday OnSolarDate(string name, int month, int day, int firstYear, int? lastYear = null, bool isCompensated = true) =>
        new(name, isLunar: false, month, day, firstYear, lastYear, isCompensated);

    /// <summary>Creates a holiday on a lunar date (âm lịch), kept in the lunar year numbered as the Gregorian year.</summary>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The lunar month, 1 to 12 (never the leap month).</param>
    /// <param name="day">The lunar day, 1 to 30.</param>
    /// <param name="firstYear">The first lunar year it is kept.</param>
    /// <param name="lastYear">The last lunar year it is kept; null for no end.</param>
    /// <param name="isCompensated">Whether a compensatory day follows when it falls on a weekend.</param>
    /// <returns>The holiday.</returns>
    /// <exception cref="ArgumentException">The name is empty or holds characters a document cannot carry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date or years are out of range.</exception>
    public static AnnualHoliday OnLunarDate(string name, int month, int day, int firstYear, int? lastYear = null, bool isCompensated = true) =>
        new(name, isLunar: true, month, day, firstYear, lastYear, isCompensated);

    /// <summary>Returns whether the holiday is kept in a year.</summary>
    internal bool IsKeptIn(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);

    /// <summary>Returns the holiday's Gregorian date in a year (the lunar year of that number for a lunar holiday), or null when there is none (29 February).</summary>
    internal NodaTime.LocalDate? DateIn(int year)
    {
        if (!IsLunar)
        {
            return Month == 2 && Day == 29 && !NodaTime.CalendarSystem.Iso.IsLeapYear(year) ? null : new NodaTime.LocalDate(year, Month, Day);
        }

        int day = Math.Min(Day, VietnameseLunarCalendar.GetDaysInMonth(year, Month));
        return new LunarDate(year, Month, day).ToLocalDate();
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} ({1}/{2}{3}, {4}–{5})", Name, Day, Month, IsLunar ? " âm lịch" : string.Empty, FirstYear, LastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
}
