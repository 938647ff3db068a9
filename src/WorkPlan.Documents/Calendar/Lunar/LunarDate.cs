using System.Globalization;
using NodaTime;

namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (ngày âm lịch): lunar year, month 1 to 12 with a leap-month flag,
/// and day 1 to 29 or 30.
/// </summary>
/// <remarks>
/// <para>
/// The year is numbered as the Gregorian year its Tết falls in (năm Tân Sửu = 2021, from 12 February 2021 to
/// 31 January 2022). A leap month (tháng nhuận) repeats the number of the month before it: in 2025 (Ất Tỵ) the month
/// after tháng Sáu is tháng Sáu nhuận, written <c>new LunarDate(2025, 6, 1, isLeapMonth: true)</c>.
/// </para>
/// <para>
/// Every value is a day that exists in <see cref="VietnameseLunarCalendar"/>: the constructor rejects a leap month the
/// year lacks and day 30 of a 29-day month. <c>default(LunarDate)</c> is <see cref="MinValue"/>, Tết 1899.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// LunarDate tet = LunarDate.FromLocalDate(new LocalDate(2021, 2, 16)); // mùng 5 tháng Giêng năm Tân Sửu
/// LocalDate gioTo = new LunarDate(2024, 3, 10).ToLocalDate();       // 2024-04-18
/// </code>
/// </example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct LunarDate : IEquatable<LunarDate>, IComparable<LunarDate>, IComparable
{
    // Packed so that default(LunarDate) is the first supported day and comparing the packed values orders dates:
    // bits 10+ year − MinYear, bits 6–9 month − 1, bit 5 leap flag, bits 0–4 day − 1.
    private readonly int packed;

    /// <summary>Creates a date in a month that is not a leap month.</summary>
    /// <param name="year">The lunar year, <see cref="VietnameseLunarCalendar.MinYear"/> to <see cref="VietnameseLunarCalendar.MaxYear"/>.</param>
    /// <param name="month">The month, 1 (tháng Giêng) to 12 (tháng Chạp).</param>
    /// <param name="day">The day, 1 to 29 or 30.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the month has 29 days and <paramref name="day"/> is 30.</exception>
    public LunarDate(int year, int month, int day)
        : this(year, month, day, isLeapMonth: false)
    {
    }

    /// <summary>Creates a date.</summary>
    /// <param name="year">The lunar year, <see cref="VietnameseLunarCalendar.MinYear"/> to <see cref="VietnameseLunarCalendar.MaxYear"/>.</param>
    /// <param name="month">The month, 1 (tháng Giêng) to 12 (tháng Chạp).</param>
    /// <param name="day">The day, 1 to 29 or 30.</param>
    /// <param name="isLeapMonth">True for the leap month that follows month <paramref name="month"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the month has 29 days and <paramref name="day"/> is 30.</exception>
    /// <exception cref="ArgumentException"><paramref name="isLeapMonth"/> is true but the year has no leap month <paramref name="month"/>.</exception>
    public LunarDate(int year, int month, int day, bool isLeapMonth)
    {
        VietnameseLunarCalendar.Validate(year, month, day, isLeapMonth);
        packed = Pack(year, month, isLeapMonth, day);
    }

    // For dates already known to exist (conversions).
    internal LunarDate(int year, int month, bool isLeapMonth, int day)
    {
        packed = Pack(year, month, isLeapMonth, day);
    }

    /// <summary>Gets the first supported date: Tết of lunar year 1899 (Kỷ Hợi).</summary>
    public static LunarDate MinValue => default;

    /// <summary>Gets the last supported date: the last day of lunar year 2199 (Kỷ Hợi).</summary>
    public static LunarDate MaxValue => VietnameseLunarCalendar.ToLunarDate(VietnameseLunarCalendar.MaxDate);

    /// <summary>Gets the lunar year, numbered as the Gregorian year its Tết falls in.</summary>
    public int Year => (packed >> 10) + VietnameseLunarCalendar.MinYear;

    /// <summary>Gets the month, 1 (tháng Giêng) to 12 (tháng Chạp).</summary>
    public int Month => ((packed >> 6) & 0xF) + 1;

    /// <summary>Gets the day of the month, 1 to 30.</summary>
    public int Day => (packed & 0x1F) + 1;

    /// <summary>Gets a value indicating whether the month is the leap month (tháng nhuận) that follows <see cref="Month"/>.</summary>
    public bool IsLeapMonth => (packed & 0x20) != 0;

    /// <summary>Gets the number of days of the month: 29 (tháng thiếu) or 30 (tháng đủ).</summary>
    public int DaysInMonth => VietnameseLunarCalendar.GetDaysInMonth(Year, Month, IsLeapMonth);

    /// <summary>Gets the sexagenary (can chi) name of the year, e.g. "Tân Sửu".</summary>
    public string YearName => LunarNames.Year(Year);

    /// <summary>Gets the month's name: "tháng Giêng", "tháng Hai", …, "tháng Mười Một", "tháng Chạp"; "tháng Sáu nhuận" for a leap month.</summary>
    public string MonthName => LunarNames.Month(Month, IsLeapMonth);

    /// <summary>Gets the day's name: "mùng 1" to "mùng 10", then "ngày 11" to "ngày 30".</summary>
    public string DayName => LunarNames.Day(Day);

    /// <summary>Converts a Gregorian date to the lunar calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside the supported range.</exception>
    public static LunarDate FromLocalDate(LocalDate date) => VietnameseLunarCalendar.ToLunarDate(date);

    /// <summary>Converts the date to the Gregorian (ISO) calendar.</summary>
    /// <returns>The Gregorian date.</returns>
    public LocalDate ToLocalDate() => VietnameseLunarCalendar.ToLocalDate(this);

    /// <summary>Returns the date in words: "mùng 5 tháng Giêng năm Tân Sửu", "ngày 30 tháng Chạp năm Quý Mão".</summary>
    /// <returns>The date in Vietnamese.</returns>
    public override string ToString() => DayName + " " + MonthName + " năm " + YearName;

    /// <summary>Returns the date in figures, year, month and day, with "n" after a leap month: "2025-06n-01", "2021-01-05".</summary>
    /// <returns>The date in figures, for logs and tests.</returns>
    public string ToNumericString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture)
        + (IsLeapMonth ? "n" : string.Empty) + "-" + Day.ToString("D2", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(LunarDate other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LunarDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <inheritdoc />
    public int CompareTo(LunarDate other) => packed.CompareTo(other.packed);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        LunarDate other => CompareTo(other),
        _ => throw new ArgumentException("obj is not a LunarDate.", nameof(obj)),
    };

    /// <summary>Compares two dates for equality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when they are the same day.</returns>
    public static bool operator ==(LunarDate left, LunarDate right) => left.Equals(right);

    /// <summary>Compares two dates for inequality.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when they are different days.</returns>
    public static bool operator !=(LunarDate left, LunarDate right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> comes first.</returns>
    public static bool operator <(LunarDate left, LunarDate right) => left.packed < right.packed;

    /// <summary>Returns whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> comes last.</returns>
    public static bool operator >(LunarDate left, LunarDate right) => left.packed > right.packed;

    /// <summary>Returns whether <paramref name="left"/> is the same day as or earlier than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> does not come after <paramref name="right"/>.</returns>
    public static bool operator <=(LunarDate left, LunarDate right) => left.packed <= right.packed;

    /// <summary>Returns whether <paramref name="left"/> is the same day as or later than <paramref name="right"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>True when <paramref name="left"/> does not come before <paramref name="right"/>.</returns>
    public static bool operator >=(LunarDate left, LunarDate right) => left.packed >= right.packed;

    private static int Pack(int year, int month, bool isLeapMonth, int day) =>
        ((year - VietnameseLunarCalendar.MinYear) << 10) | ((month - 1) << 6) | (isLeapMonth ? 0x20 : 0) | (day - 1);
}
