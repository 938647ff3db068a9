using NodaTime;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch) from lunar year 1899 (Kỷ Hợi) to 2199 (Kỷ Hợi), which covers every
/// Gregorian date from 1 January 1900 to 31 December 2199.
/// </summary>
/// <remarks>
/// <para>
/// Computed from astronomy, not from a table: a month starts on the day of a new moon (J. Meeus, <i>Astronomical
/// Algorithms</i>, ch. 49, with the planetary corrections); the month that contains the winter solstice is month 11;
/// in a year of 13 months the first month after month 11 without a principal term is the leap month (the sun's
/// longitude from VSOP87 with nutation and aberration; ΔT from the Espenak–Meeus polynomials). Days are counted at
/// the meridian 105° E (UTC+7) from Tết Mậu Thân (29 January 1968) on and at 120° E (UTC+8) before, as the North
/// adopted UTC+7 in August 1967. See <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/calendar.md">docs/calendar.md</see> for the precision reached and the cross-checks.
/// </para>
/// <para>
/// A year is computed on first use (well under a millisecond) and cached; a conversion after that costs well under
/// a microsecond.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
public static class VietnameseLunarCalendar
{
    /// <summary>The first supported lunar year, 1899 (Kỷ Hợi).</summary>
    public const int MinYear = LunisolarComputer.MinYear;

    /// <summary>The last supported lunar year, 2199 (Kỷ Hợi).</summary>
    public const int MaxYear = LunisolarComputer.MaxYear;

    /// <summary>Gets the first supported Gregorian date: Tết of 1899, 10 February 1899.</summary>
    public static LocalDate MinDate => JulianDayNumber.ToDate(Computer.GetYear(MinYear).FirstDay);

    /// <summary>Gets the last supported Gregorian date: the last day of lunar year 2199.</summary>
    public static LocalDate MaxDate => JulianDayNumber.ToDate(Computer.GetYear(MaxYear).EndDay - 1);

    internal static LunisolarComputer Computer => LunisolarComputer.Vietnam;

    /// <summary>Converts a Gregorian date to the lunar calendar.</summary>
    /// <param name="date">The date (any NodaTime calendar system; it is read as the same day).</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside <see cref="MinDate"/> to <see cref="MaxDate"/>.</exception>
    public static LunarDate ToLunarDate(LocalDate date)
    {
        int dayNumber = JulianDayNumber.FromDate(date);
        int year = Math.Min(Math.Max(date.WithCalendar(CalendarSystem.Iso).Year, MinYear), MaxYear);
        LunarYearInfo info = Computer.GetYear(year);
        if (dayNumber < info.FirstDay && year > MinYear)
        {
            info = Computer.GetYear(year - 1);
        }

        if (dayNumber < info.FirstDay || dayNumber >= info.EndDay)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"{IsoDate.Format(date)} is outside the range of the Vietnamese lunar calendar, {IsoDate.Format(MinDate)} to {IsoDate.Format(MaxDate)} (lunar years {MinYear} to {MaxYear}).");
        }

        int index = info.IndexOfDay(dayNumber);
        int month = info.MonthAt(index, out bool isLeapMonth);
        return new LunarDate(info.Year, month, isLeapMonth, dayNumber - info.Starts[index] + 1);
    }

    /// <summary>Converts a lunar date to the Gregorian (ISO) calendar.</summary>
    /// <param name="date">The lunar date.</param>
    /// <returns>The Gregorian date.</returns>
    public static LocalDate ToLocalDate(LunarDate date) => JulianDayNumber.ToDate(DayNumber(date));

    /// <summary>Returns the day of Tết Nguyên đán (mùng 1 tháng Giêng) of a lunar year.</summary>
    /// <param name="year">The lunar year, numbered as the Gregorian year Tết falls in.</param>
    /// <returns>The Gregorian date of Tết.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static LocalDate GetNewYear(int year) => JulianDayNumber.ToDate(Year(year, nameof(year)).FirstDay);

    /// <summary>Returns the number of the month a lunar year repeats as its leap month (tháng nhuận), or 0.</summary>
    /// <param name="year">The lunar year.</param>
    /// <returns>1 to 12 for a leap year (the leap month follows the month of that number); 0 for a common year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static int GetLeapMonth(int year) => Year(year, nameof(year)).LeapMonth;

    /// <summary>Returns the number of months of a lunar year: 12, or 13 in a leap year.</summary>
    /// <param name="year">The lunar year.</param>
    /// <returns>12 or 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static int GetMonthsInYear(int year) => Year(year, nameof(year)).MonthCount;

    /// <summary>Returns the number of days of a lunar year (353 to 355, or 383 to 385 in a leap year).</summary>
    /// <param name="year">The lunar year.</param>
    /// <returns>The number of days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/> to <see cref="MaxYear"/>.</exception>
    public static int GetDaysInYear(int year)
    {
        LunarYearInfo info = Year(year, nameof(year));
        return info.EndDay - info.FirstDay;
    }

    /// <summary>Returns the number of days of a lunar month: 29 (tháng thiếu) or 30 (tháng đủ).</summary>
    /// <param name="year">The lunar year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="isLeapMonth">True for the leap month of that number.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="month"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="isLeapMonth"/> is true but the year has no leap month of that number.</exception>
    public static int GetDaysInMonth(int year, int month, bool isLeapMonth = false)
    {
        LunarYearInfo info = Year(year, nameof(year));
        int index = MonthIndex(info, month, isLeapMonth);
        return info.Starts[index + 1] - info.Starts[index];
    }

    /// <summary>Returns the sexagenary (can chi) name of a lunar year, e.g. "Tân Sửu" for 2021.</summary>
    /// <param name="year">The lunar year (any positive year; the cycle repeats every 60 years).</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not positive.</exception>
    public static string GetYearName(int year)
    {
        if (year < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be positive.");
        }

        return LunarNames.Year(year);
    }

    /// <summary>Returns the Julian day number of a lunar date.</summary>
    internal static int DayNumber(LunarDate date)
    {
        LunarYearInfo info = Computer.GetYear(date.Year);
        return info.Starts[info.IndexOf(date.Month, date.IsLeapMonth)] + date.Day - 1;
    }

    /// <summary>Checks the parts of a lunar date and returns the length of its month.</summary>
    internal static void Validate(int year, int month, int day, bool isLeapMonth)
    {
        LunarYearInfo info = Year(year, nameof(year));
        int index = MonthIndex(info, month, isLeapMonth);
        int length = info.Starts[index + 1] - info.Starts[index];
        if (day < 1 || day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"day {day} does not exist: {LunarNames.Month(month, isLeapMonth)} năm {LunarNames.Year(year)} ({year}) has {length} days.");
        }
    }

    private static LunarYearInfo Year(int year, string parameter)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameter, year, $"lunar year {year} is outside the supported range {MinYear} to {MaxYear}.");
        }

        return Computer.GetYear(year);
    }

    private static int MonthIndex(LunarYearInfo info, int month, bool isLeapMonth)
    {
        if (month < 1 || month > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be 1 to 12 (a leap month is month and isLeapMonth = true).");
        }

        int index = info.IndexOf(month, isLeapMonth);
        if (index < 0)
        {
            string has = info.LeapMonth == 0 ? "has no leap month" : $"has only the leap month {info.LeapMonth} ({LunarNames.Month(info.LeapMonth, true)})";
            throw new ArgumentException($"leap month {month} does not exist: lunar year {info.Year} ({LunarNames.Year(info.Year)}) {has}.", nameof(isLeapMonth));
        }

        return index;
    }

}
