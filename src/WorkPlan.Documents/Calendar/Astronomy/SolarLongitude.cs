namespace WorkPlan.Documents.Calendar.Astronomy;

/// <summary>
/// The Sun's apparent geocentric ecliptic longitude, which places the solar terms (tiết khí): the principal terms
/// (trung khí) are the instants the longitude reaches a multiple of 30°, the winter solstice (Đông chí) 270°.
/// </summary>
/// <remarks>
/// J. Meeus, <i>Astronomical Algorithms</i>, chapter 25, "higher accuracy": the Earth's VSOP87 longitude
/// (<see cref="Vsop87Earth"/>) turned geocentric, converted to the FK5 frame (−0.09033″), plus the nutation in
/// longitude (<see cref="Nutation"/>) and the aberration (−20.4898″ / R). The error is about one arcsecond, i.e.
/// about 25 seconds of time in the instant of a solar term.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class SolarLongitude
{
    /// <summary>The mean daily motion of the Sun in longitude, degrees per day.</summary>
    private const double DegreesPerDay = 360.0 / 365.2422;

    /// <summary>Returns the apparent longitude of the Sun.</summary>
    /// <param name="julianEphemerisDay">The instant in Julian ephemeris days (TT).</param>
    /// <returns>The longitude in degrees, in [0, 360).</returns>
    internal static double ApparentDegrees(double julianEphemerisDay)
    {
        double tau = (julianEphemerisDay - 2451545.0) / 365250.0;
        double geometric = Angles.ToDegrees(Vsop87Earth.LongitudeRadians(tau)) + 180.0;
        double fk5 = -0.09033 / 3600.0;
        double aberration = -20.4898 / 3600.0 / Vsop87Earth.RadiusAu(tau);
        return Angles.Normalize(geometric + fk5 + Nutation.InLongitudeDegrees(tau * 10.0) + aberration);
    }

    /// <summary>Returns the apparent longitude of the Sun at an instant given in universal time.</summary>
    /// <param name="julianDayUniversal">The instant in Julian days (UT).</param>
    /// <returns>The longitude in degrees, in [0, 360).</returns>
    internal static double ApparentDegreesAtUniversal(double julianDayUniversal) =>
        ApparentDegrees(julianDayUniversal + (DeltaT.Seconds(julianDayUniversal) / 86400.0));

    /// <summary>Returns the instant the Sun's apparent longitude reaches <paramref name="longitude"/>.</summary>
    /// <param name="longitude">The target longitude in degrees (e.g. 270 for the winter solstice).</param>
    /// <param name="nearJulianDayUniversal">A Julian day (UT) within a few weeks of the wanted instant.</param>
    /// <returns>The instant in Julian days (UT), to about a second of arithmetic precision.</returns>
    internal static double InstantUniversal(double longitude, double nearJulianDayUniversal)
    {
        double jd = nearJulianDayUniversal;
        for (int i = 0; i < 20; i++)
        {
            double step = Angles.NormalizeSigned(longitude - ApparentDegreesAtUniversal(jd)) / DegreesPerDay;
            jd += step;
            if (Math.Abs(step) < 1e-6)
            {
                break;
            }
        }

        return jd;
    }
}
