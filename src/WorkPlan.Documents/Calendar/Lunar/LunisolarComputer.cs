using WorkPlan.Documents.Calendar.Astronomy;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar.Lunar;

/// <summary>
/// Computes the lunar years of a lunisolar calendar from the astronomy (new moons, solar terms) and caches them, so
/// that a conversion after the first one in a year is a table look-up.
/// </summary>
/// <remarks>
/// The rules (the same as the Chinese calendar's, at the meridian of <see cref="CalendarMeridian"/>):
/// a month starts on the local day of a new moon; the month that contains the winter solstice is month 11; when
/// 13 new moons start months between two such months, the first month after month 11 that contains no principal term
/// is a leap month and repeats the number of the month before it. A year is computed on first use (about 30 new
/// moons and 30 solar longitudes, a fraction of a millisecond) and kept; the cache is filled lock-free: two threads
/// computing the same year compute the same value and either copy is kept.
/// </remarks>
/// <threadsafety>Thread-safe.</threadsafety>
internal sealed class LunisolarComputer
{
    /// <summary>The first lunar year supported (Kỷ Hợi 1899, which contains 1 January 1900).</summary>
    internal const int MinYear = 1899;

    /// <summary>The last lunar year supported (Kỷ Hợi 2199, which contains 31 December 2199).</summary>
    internal const int MaxYear = 2199;

    private readonly CalendarMeridian meridian;
    private readonly SolsticeYear?[] solsticeYears = new SolsticeYear?[MaxYear - MinYear + 2];
    private readonly LunarYearInfo?[] years = new LunarYearInfo?[MaxYear - MinYear + 1];

    internal LunisolarComputer(CalendarMeridian meridian)
    {
        this.meridian = meridian ?? throw new ArgumentNullException(nameof(meridian));
    }

    /// <summary>Gets the calendar of Vietnam (<see cref="CalendarMeridian.Vietnam"/>).</summary>
    internal static LunisolarComputer Vietnam { get; } = new(CalendarMeridian.Vietnam);

    /// <summary>Gets the time-zone convention.</summary>
    internal CalendarMeridian Meridian => meridian;

    /// <summary>Returns a lunar year.</summary>
    /// <param name="year">The lunar year, <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <returns>The year's months.</returns>
    internal LunarYearInfo GetYear(int year) =>
        LazySlots.GetOrCompute(years, year - MinYear, this, year, static (self, y) => self.ComputeYear(y));

    /// <summary>Returns the local day a lunation's new moon falls on, and the offset it was computed in.</summary>
    /// <param name="k">The lunation (Meeus numbering, 0 = 2000-01-06).</param>
    /// <param name="offsetHours">The offset from UTC used.</param>
    /// <returns>The local day number.</returns>
    internal int NewMoonDay(int k, out double offsetHours)
    {
        double instant = NewMoon.JulianDayUniversal(k);
        offsetHours = meridian.OffsetHours(instant);
        return meridian.LocalDay(instant);
    }

    /// <summary>Returns the sun's apparent longitude at the local midnight that starts a day.</summary>
    /// <param name="dayNumber">The local day number.</param>
    /// <param name="offsetHours">The offset from UTC of the local time.</param>
    /// <returns>The longitude in degrees.</returns>
    internal static double LongitudeAtMidnight(int dayNumber, double offsetHours) =>
        SolarLongitude.ApparentDegreesAtUniversal(dayNumber - 0.5 - (offsetHours / 24.0));

    /// <summary>Returns the lunation whose month contains the December solstice of a Gregorian year.</summary>
    /// <param name="gregorianYear">The year of the solstice.</param>
    /// <returns>The lunation k.</returns>
    internal int Month11Lunation(int gregorianYear)
    {
        double near = JulianDayNumber.FromDate(new NodaTime.LocalDate(gregorianYear, 12, 21));
        int solsticeDay = meridian.LocalDay(SolarLongitude.InstantUniversal(270.0, near));
        int k = NewMoon.NearestLunation(solsticeDay);
        while (NewMoonDay(k, out _) > solsticeDay)
        {
            k--;
        }

        while (NewMoonDay(k + 1, out _) <= solsticeDay)
        {
            k++;
        }

        return k;
    }

    /// <summary>Returns the span from month 11 of lunar year <paramref name="year"/> − 1 to month 11 of <paramref name="year"/>.</summary>
    /// <param name="year">The lunar year whose months 1 to 10 the span holds.</param>
    /// <returns>The span.</returns>
    internal SolsticeYear GetSolsticeYear(int year) =>
        LazySlots.GetOrCompute(solsticeYears, year - MinYear, this, year, static (self, y) => self.ComputeSolsticeYear(y));

    private SolsticeYear ComputeSolsticeYear(int year)
    {
        int first = Month11Lunation(year - 1);
        int count = Month11Lunation(year) - first;
        if (count is not (12 or 13))
        {
            throw new InvalidOperationException($"{meridian}: {count} new moons between the solstice months of {year - 1} and {year}; expected 12 or 13.");
        }

        var starts = new int[count + 1];
        var sectors = new int[count + 1];
        for (int i = 0; i <= count; i++)
        {
            starts[i] = NewMoonDay(first + i, out double offset);
            sectors[i] = (int)Math.Floor(LongitudeAtMidnight(starts[i], offset) / 30.0);
        }

        int leap = -1;
        if (count == 13)
        {
            // A month with no principal term starts and ends in the same 30° sector of solar longitude.
            for (int i = 1; i < count && leap < 0; i++)
            {
                if (sectors[i] == sectors[i + 1])
                {
                    leap = i;
                }
            }

            if (leap < 0)
            {
                throw new InvalidOperationException($"{meridian}: the 13 months before the solstice month of {year} all contain a principal term.");
            }
        }

        return new SolsticeYear(starts, leap);
    }

    private LunarYearInfo ComputeYear(int year)
    {
        SolsticeYear current = GetSolsticeYear(year);
        SolsticeYear next = GetSolsticeYear(year + 1);
        int from = current.IndexOfFirstMonth();
        int to = next.IndexOfFirstMonth();
        var starts = new List<int>(14);
        int leapMonth = 0;
        for (int i = from; i < current.MonthCount; i++)
        {
            starts.Add(current.Starts[i]);
            leapMonth = i == current.LeapIndex ? current.Labels[i] : leapMonth;
        }

        for (int i = 0; i < to; i++)
        {
            starts.Add(next.Starts[i]);
            leapMonth = i == next.LeapIndex ? next.Labels[i] : leapMonth;
        }

        starts.Add(next.Starts[to]);
        if (starts.Count - 1 != (leapMonth == 0 ? 12 : 13))
        {
            throw new InvalidOperationException($"{meridian}: lunar year {year} has {starts.Count - 1} months and leap month {leapMonth}.");
        }

        return new LunarYearInfo(year, starts.ToArray(), leapMonth);
    }
}
