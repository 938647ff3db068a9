using NodaTime;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>
/// A swap of working days (hoán đổi ngày làm việc) decided with a holiday schedule: a working day between a holiday
/// and a weekend is given off, and a Saturday (or Sunday) is worked instead.
/// </summary>
/// <example><c>new WorkdaySwap(dayOff: new LocalDate(2024, 4, 29), makeUpDay: new LocalDate(2024, 5, 4))</c></example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class WorkdaySwap : IEquatable<WorkdaySwap>
{
    /// <summary>Creates a swap.</summary>
    /// <param name="dayOff">The working day (Monday to Friday) given off.</param>
    /// <param name="makeUpDay">The weekend day worked instead (làm bù).</param>
    /// <exception cref="ArgumentException"><paramref name="dayOff"/> is a Saturday or Sunday, <paramref name="makeUpDay"/> is not, or they are more than 60 days apart.</exception>
    public WorkdaySwap(LocalDate dayOff, LocalDate makeUpDay)
    {
        if (IsWeekend(dayOff))
        {
            throw new ArgumentException($"swap.dayOff {IsoDate.Format(dayOff)} is a {dayOff.DayOfWeek}; only a working day (Monday to Friday) can be swapped.", nameof(dayOff));
        }

        if (!IsWeekend(makeUpDay))
        {
            throw new ArgumentException($"swap.makeUpDay {IsoDate.Format(makeUpDay)} is a {makeUpDay.DayOfWeek}; a make-up day is a Saturday or Sunday.", nameof(makeUpDay));
        }

        if (Math.Abs(Period.DaysBetween(dayOff, makeUpDay)) > 60)
        {
            throw new ArgumentException($"swap {IsoDate.Format(dayOff)} ↔ {IsoDate.Format(makeUpDay)}: the make-up day is more than 60 days from the day off.", nameof(makeUpDay));
        }

        DayOff = dayOff;
        MakeUpDay = makeUpDay;
    }

    /// <summary>Gets the working day given off.</summary>
    public LocalDate DayOff { get; }

    /// <summary>Gets the weekend day worked instead.</summary>
    public LocalDate MakeUpDay { get; }

    /// <inheritdoc />
    public bool Equals(WorkdaySwap? other) => other is not null && DayOff == other.DayOff && MakeUpDay == other.MakeUpDay;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WorkdaySwap);

    /// <inheritdoc />
    public override int GetHashCode() => (DayOff.GetHashCode() * 397) ^ MakeUpDay.GetHashCode();

    /// <summary>Returns "2024-04-29 ↔ 2024-05-04".</summary>
    /// <returns>The swap in one line.</returns>
    public override string ToString() => IsoDate.Format(DayOff) + " ↔ " + IsoDate.Format(MakeUpDay);

    internal static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

}
