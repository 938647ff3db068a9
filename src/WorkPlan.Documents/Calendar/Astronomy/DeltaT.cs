namespace WorkPlan.Documents.Calendar.Astronomy;

/// <summary>
/// ΔT = TT − UT, the difference between dynamical time (in which the lunar and solar theories run) and universal
/// time (in which civil days are counted), in seconds.
/// </summary>
/// <remarks>
/// The polynomials of F. Espenak and J. Meeus (NASA, "Polynomial expressions for Delta T", 2006), as published
/// with the Five Millennium Canon of Solar Eclipses. They fit the observed values within about a second from 1860
/// to 2005. After 2005 they are an extrapolation: about 5 s above the observed ΔT in 2025 (≈ 69 s), and the true
/// value in 2100 or 2200 is uncertain by a minute or more, whatever model is used (the Earth's rotation cannot be
/// predicted that far). <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/calendar.md">docs/calendar.md</see> lists what this means for the calendar.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class DeltaT
{
    /// <summary>Returns ΔT in seconds at the given Julian day (UT or TT; the difference does not matter here).</summary>
    /// <param name="julianDay">The Julian day.</param>
    /// <returns>ΔT in seconds.</returns>
    internal static double Seconds(double julianDay) => SecondsForYear(2000.0 + ((julianDay - 2451545.0) / 365.25));

    /// <summary>Returns ΔT in seconds for a decimal year (2021.5 is the middle of 2021).</summary>
    /// <param name="y">The decimal year.</param>
    /// <returns>ΔT in seconds.</returns>
    internal static double SecondsForYear(double y)
    {
        if (y >= 2050)
        {
            double u = (y - 1820) / 100;
            double parabola = -20 + (32 * u * u);
            return y < 2150 ? parabola - (0.5628 * (2150 - y)) : parabola;
        }

        foreach (Segment segment in Segments)
        {
            if (y < segment.Until)
            {
                return segment.Evaluate(y);
            }
        }

        throw new InvalidOperationException("unreachable: the last segment ends at 2050.");
    }

    // Each segment: the year it ends, the year t is counted from, and the coefficients of t⁰, t¹, t², …
    private static readonly Segment[] Segments =
    [
        new(1860, 1800, [13.72, -0.332447, 0.0068612, 0.0041116, -0.00037436, 0.0000121272, -0.0000001699, 0.000000000875]),
        new(1900, 1860, [7.62, 0.5737, -0.251754, 0.01680668, -0.0004473624, 1.0 / 233174]),
        new(1920, 1900, [-2.79, 1.494119, -0.0598939, 0.0061966, -0.000197]),
        new(1941, 1920, [21.20, 0.84493, -0.076100, 0.0020936]),
        new(1961, 1950, [29.07, 0.407, -1.0 / 233, 1.0 / 2547]),
        new(1986, 1975, [45.45, 1.067, -1.0 / 260, -1.0 / 718]),
        new(2005, 2000, [63.86, 0.3345, -0.060374, 0.0017275, 0.000651814, 0.00002373599]),
        new(2050, 2000, [62.92, 0.32217, 0.005589]),
    ];

    private sealed class Segment(double until, double origin, double[] coefficients)
    {
        internal double Until => until;

        internal double Evaluate(double year)
        {
            double t = year - origin;
            double result = 0;
            for (int i = coefficients.Length - 1; i >= 0; i--)
            {
                result = (result * t) + coefficients[i];
            }

            return result;
        }
    }
}
