namespace WorkPlan.Documents.Calendar.Astronomy;

/// <summary>
/// The nutation in longitude Δψ from the IAU 1980 theory, with the 63 periodic terms of J. Meeus,
/// <i>Astronomical Algorithms</i>, table 22.A (accuracy about 0.0003″, far below what the calendar needs).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class Nutation
{
    // Each row: multiples of D, M, M′, F, Ω, then the coefficient of sin in 0.0001″ and its rate per century.
    private static readonly double[] Terms =
    [
        0, 0, 0, 0, 1, -171996, -174.2,
        -2, 0, 0, 2, 2, -13187, -1.6,
        0, 0, 0, 2, 2, -2274, -0.2,
        0, 0, 0, 0, 2, 2062, 0.2,
        0, 1, 0, 0, 0, 1426, -3.4,
        0, 0, 1, 0, 0, 712, 0.1,
        -2, 1, 0, 2, 2, -517, 1.2,
        0, 0, 0, 2, 1, -386, -0.4,
        0, 0, 1, 2, 2, -301, 0,
        -2, -1, 0, 2, 2, 217, -0.5,
        -2, 0, 1, 0, 0, -158, 0,
        -2, 0, 0, 2, 1, 129, 0.1,
        0, 0, -1, 2, 2, 123, 0,
        2, 0, 0, 0, 0, 63, 0,
        0, 0, 1, 0, 1, 63, 0.1,
        2, 0, -1, 2, 2, -59, 0,
        0, 0, -1, 0, 1, -58, -0.1,
        0, 0, 1, 2, 1, -51, 0,
        -2, 0, 2, 0, 0, 48, 0,
        0, 0, -2, 2, 1, 46, 0,
        2, 0, 0, 2, 2, -38, 0,
        0, 0, 2, 2, 2, -31, 0,
        0, 0, 2, 0, 0, 29, 0,
        -2, 0, 1, 2, 2, 29, 0,
        0, 0, 0, 2, 0, 26, 0,
        -2, 0, 0, 2, 0, -22, 0,
        0, 0, -1, 2, 1, 21, 0,
        0, 2, 0, 0, 0, 17, -0.1,
        2, 0, -1, 0, 1, 16, 0,
        -2, 2, 0, 2, 2, -16, 0.1,
        0, 1, 0, 0, 1, -15, 0,
        -2, 0, 1, 0, 1, -13, 0,
        0, -1, 0, 0, 1, -12, 0,
        0, 0, 2, -2, 0, 11, 0,
        2, 0, -1, 2, 1, -10, 0,
        2, 0, 1, 2, 2, -8, 0,
        0, 1, 0, 2, 2, 7, 0,
        -2, 1, 1, 0, 0, -7, 0,
        0, -1, 0, 2, 2, -7, 0,
        2, 0, 0, 2, 1, -7, 0,
        2, 0, 1, 0, 0, 6, 0,
        -2, 0, 2, 2, 2, 6, 0,
        -2, 0, 1, 2, 1, 6, 0,
        2, 0, -2, 0, 1, -6, 0,
        2, 0, 0, 0, 1, -6, 0,
        0, -1, 1, 0, 0, 5, 0,
        -2, -1, 0, 2, 1, -5, 0,
        -2, 0, 0, 0, 1, -5, 0,
        0, 0, 2, 2, 1, -5, 0,
        -2, 0, 2, 0, 1, 4, 0,
        -2, 1, 0, 2, 1, 4, 0,
        0, 0, 1, -2, 0, 4, 0,
        -1, 0, 1, 0, 0, -4, 0,
        -2, 1, 0, 0, 0, -4, 0,
        1, 0, 0, 0, 0, -4, 0,
        0, 0, 1, 2, 0, 3, 0,
        0, 0, -2, 2, 2, -3, 0,
        -1, -1, 1, 0, 0, -3, 0,
        0, 1, 1, 0, 0, -3, 0,
        0, -1, 1, 2, 2, -3, 0,
        2, -1, -1, 2, 2, -3, 0,
        0, 0, 3, 2, 2, -3, 0,
        2, -1, 0, 2, 2, -3, 0,
    ];

    /// <summary>Returns the nutation in longitude.</summary>
    /// <param name="t">Julian centuries from J2000.0 (TT).</param>
    /// <returns>Δψ in degrees.</returns>
    internal static double InLongitudeDegrees(double t)
    {
        double t2 = t * t;
        double t3 = t2 * t;
        double d = 297.85036 + (445267.111480 * t) - (0.0019142 * t2) + (t3 / 189474.0);
        double m = 357.52772 + (35999.050340 * t) - (0.0001603 * t2) - (t3 / 300000.0);
        double mp = 134.96298 + (477198.867398 * t) + (0.0086972 * t2) + (t3 / 56250.0);
        double f = 93.27191 + (483202.017538 * t) - (0.0036825 * t2) + (t3 / 327270.0);
        double omega = 125.04452 - (1934.136261 * t) + (0.0020708 * t2) + (t3 / 450000.0);

        double sum = 0;
        for (int i = 0; i < Terms.Length; i += 7)
        {
            double argument = (Terms[i] * d) + (Terms[i + 1] * m) + (Terms[i + 2] * mp) + (Terms[i + 3] * f) + (Terms[i + 4] * omega);
            sum += (Terms[i + 5] + (Terms[i + 6] * t)) * Angles.Sin(argument);
        }

        return sum * 0.0001 / 3600.0;
    }
}
