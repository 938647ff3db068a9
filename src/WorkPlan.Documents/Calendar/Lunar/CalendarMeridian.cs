using NodaTime;

namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>
/// The time zone in which the lunisolar calendar is computed: the local day that contains a new moon starts a month,
/// and the principal terms are placed in local days.
/// </summary>
/// <remarks>
/// Vietnam's convention (<see cref="Vietnam"/>): UTC+7 (the meridian 105° E) for every month from Tết Mậu Thân,
/// 29 January 1968, on; UTC+8 (120° E, the meridian of the Chinese calendar the country used before) for every earlier
/// month. North Vietnam adopted UTC+7 by the decision of 8 August 1967, which is why Tết 1968 fell on 29 January in
/// the North and on 30 January in the South; the South followed UTC+8 until 1975. The rule therefore gives the
/// calendar in force in the North from 1968 and in the whole country from 1976, and the common (Chinese-meridian)
/// calendar before 1968. Internally the switch is an instant: 1968-01-29 00:00 UTC+7 (1968-01-28 17:00 UTC).
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class CalendarMeridian
{
    private static readonly double SwitchJulianDay = JulianDayNumber.FromDate(new LocalDate(1968, 1, 29)) - 0.5 - (7.0 / 24.0);

    private readonly double before;
    private readonly double after;
    private readonly double switchJulianDay;

    private CalendarMeridian(double before, double after, double switchJulianDay, string name)
    {
        this.before = before;
        this.after = after;
        this.switchJulianDay = switchJulianDay;
        Name = name;
    }

    /// <summary>Gets Vietnam's convention: UTC+8 before 29 January 1968, UTC+7 from then on.</summary>
    internal static CalendarMeridian Vietnam { get; } = new(8, 7, SwitchJulianDay, "Vietnam (UTC+8 before 1968-01-29, UTC+7 after)");

    /// <summary>Gets a name for messages and tests.</summary>
    internal string Name { get; }

    /// <summary>Creates a convention that uses one offset at all times (UTC+7 for Vietnam today, UTC+8 for China).</summary>
    /// <param name="hours">The offset from UTC in hours.</param>
    /// <returns>The convention.</returns>
    internal static CalendarMeridian Fixed(double hours) => new(hours, hours, double.NegativeInfinity, "UTC" + (hours >= 0 ? "+" : string.Empty) + hours.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Returns the offset from UTC in force at an instant.</summary>
    /// <param name="julianDayUniversal">The instant (Julian day, UT).</param>
    /// <returns>The offset in hours.</returns>
    internal double OffsetHours(double julianDayUniversal) => julianDayUniversal < switchJulianDay ? before : after;

    /// <summary>Returns the local day number (Julian day number of the local date) that contains an instant.</summary>
    /// <param name="julianDayUniversal">The instant (Julian day, UT).</param>
    /// <returns>The local day number.</returns>
    internal int LocalDay(double julianDayUniversal) =>
        (int)Math.Floor(julianDayUniversal + 0.5 + (OffsetHours(julianDayUniversal) / 24.0));

    /// <inheritdoc />
    public override string ToString() => Name;
}
