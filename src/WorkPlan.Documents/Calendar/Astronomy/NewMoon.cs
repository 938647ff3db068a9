namespace WorkPlan.Documents.Calendar.Astronomy;

/// <summary>
/// The instants of true new moon (điểm Sóc), from J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998),
/// chapter 49: the mean phase, the 25 periodic terms of the new moon and the 14 additional corrections of the
/// planetary arguments A1–A14.
/// </summary>
/// <remarks>
/// Meeus gives the accuracy against the ELP-2000/82 lunar theory as a mean error of 3.7 s and a maximum of 17.4 s
/// over 1980–2020; the error grows slowly away from J2000 (the mean elements are polynomials in time) and stays well
/// under a minute over 1900–2200. The result is in dynamical time (TT); <see cref="DeltaT"/> converts it to UT.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class NewMoon
{
    /// <summary>Mean length of the synodic month in days (Meeus 49.1).</summary>
    internal const double SynodicMonth = 29.530588861;

    /// <summary>Julian ephemeris day of the mean new moon of 2000 January 6 (lunation k = 0).</summary>
    internal const double Epoch = 2451550.09766;

    /// <summary>Returns the lunation number of the mean new moon nearest to a Julian day.</summary>
    /// <param name="julianDay">The Julian day.</param>
    /// <returns>k, counted from the new moon of 2000 January 6.</returns>
    internal static int NearestLunation(double julianDay) => (int)Math.Round((julianDay - Epoch) / SynodicMonth);

    /// <summary>Returns the instant of the true new moon of lunation <paramref name="k"/>, in Julian ephemeris days (TT).</summary>
    /// <param name="k">The lunation, counted from the new moon of 2000 January 6 (negative before it).</param>
    /// <returns>The Julian ephemeris day.</returns>
    internal static double JulianEphemerisDay(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;

        double jde = Epoch + (SynodicMonth * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);

        // Eccentricity of the Earth's orbit, and the fundamental arguments (degrees).
        double e = 1 - (0.002516 * t) - (0.0000074 * t2);
        double m = 2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3);
        double mp = 201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4);
        double f = 160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4);
        double omega = 124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3);

        double s = (-0.40720 * Angles.Sin(mp))
            + (0.17241 * e * Angles.Sin(m))
            + (0.01608 * Angles.Sin(2 * mp))
            + (0.01039 * Angles.Sin(2 * f))
            + (0.00739 * e * Angles.Sin(mp - m))
            - (0.00514 * e * Angles.Sin(mp + m))
            + (0.00208 * e * e * Angles.Sin(2 * m))
            - (0.00111 * Angles.Sin(mp - (2 * f)))
            - (0.00057 * Angles.Sin(mp + (2 * f)))
            + (0.00056 * e * Angles.Sin((2 * mp) + m))
            - (0.00042 * Angles.Sin(3 * mp))
            + (0.00042 * e * Angles.Sin(m + (2 * f)))
            + (0.00038 * e * Angles.Sin(m - (2 * f)))
            - (0.00024 * e * Angles.Sin((2 * mp) - m))
            - (0.00017 * Angles.Sin(omega))
            - (0.00007 * Angles.Sin(mp + (2 * m)))
            + (0.00004 * Angles.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Angles.Sin(3 * m))
            + (0.00003 * Angles.Sin(mp + m - (2 * f)))
            + (0.00003 * Angles.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Angles.Sin(mp + m + (2 * f)))
            + (0.00003 * Angles.Sin(mp - m + (2 * f)))
            - (0.00002 * Angles.Sin(mp - m - (2 * f)))
            - (0.00002 * Angles.Sin((3 * mp) + m))
            + (0.00002 * Angles.Sin(4 * mp));

        // Additional corrections from the planetary arguments (Meeus p. 351), each pair (coefficient, argument).
        double planetary = (0.000325 * Angles.Sin(299.77 + (0.107408 * k) - (0.009173 * t2)))
            + (0.000165 * Angles.Sin(251.88 + (0.016321 * k)))
            + (0.000164 * Angles.Sin(251.83 + (26.651886 * k)))
            + (0.000126 * Angles.Sin(349.42 + (36.412478 * k)))
            + (0.000110 * Angles.Sin(84.66 + (18.206239 * k)))
            + (0.000062 * Angles.Sin(141.74 + (53.303771 * k)))
            + (0.000060 * Angles.Sin(207.14 + (2.453732 * k)))
            + (0.000056 * Angles.Sin(154.84 + (7.306860 * k)))
            + (0.000047 * Angles.Sin(34.52 + (27.261239 * k)))
            + (0.000042 * Angles.Sin(207.19 + (0.121824 * k)))
            + (0.000040 * Angles.Sin(291.34 + (1.844379 * k)))
            + (0.000037 * Angles.Sin(161.72 + (24.198154 * k)))
            + (0.000035 * Angles.Sin(239.56 + (25.513099 * k)))
            + (0.000023 * Angles.Sin(331.55 + (3.592518 * k)));

        return jde + s + planetary;
    }

    /// <summary>Returns the instant of the true new moon of lunation <paramref name="k"/> in universal time.</summary>
    /// <param name="k">The lunation, counted from the new moon of 2000 January 6.</param>
    /// <returns>The Julian day (UT).</returns>
    internal static double JulianDayUniversal(int k)
    {
        double jde = JulianEphemerisDay(k);
        return jde - (DeltaT.Seconds(jde) / 86400.0);
    }
}
