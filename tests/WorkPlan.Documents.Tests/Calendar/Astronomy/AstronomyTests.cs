using NodaTime;
using WorkPlan.Documents.Calendar.Astronomy;
using WorkPlan.Documents.Calendar.Lunar;

namespace WorkPlan.Documents.Tests.Calendar.Astronomy;

public class AstronomyTests
{
    [Fact]
    public void New_moon_matches_Meeus_example_49a()
    {
        // The new moon of February 1977: k = −283, JDE 2443192.65118 (1977 Feb 18, 3h37m42s TD).
        Assert.Equal(2443192.65118, NewMoon.JulianEphemerisDay(-283), 5);
    }

    [Fact]
    public void Apparent_solar_longitude_matches_Meeus_example_25b_within_an_arcsecond()
    {
        // 1992 October 13.0 TD: λ = 199°54′21.818″ with the full VSOP87 theory.
        double expected = 199 + (54 / 60.0) + (21.818 / 3600.0);
        Assert.InRange((SolarLongitude.ApparentDegrees(2448908.5) - expected) * 3600, -1.0, 1.0);
    }

    [Theory]
    [InlineData(2021, 12, 21, 15, 59, 270)] // December solstice 2021, 15:59 UTC
    [InlineData(2024, 3, 20, 3, 6, 0)] // March equinox 2024, 03:06 UTC
    [InlineData(2000, 6, 21, 1, 48, 90)] // June solstice 2000, 01:48 UTC
    public void Places_equinoxes_and_solstices_within_a_minute(int year, int month, int day, int hour, int minute, double longitude)
    {
        double expected = JulianDayNumber.FromDate(new LocalDate(year, month, day)) - 0.5 + ((hour + (minute / 60.0)) / 24.0);
        double instant = SolarLongitude.InstantUniversal(longitude, expected + 2);
        Assert.InRange((instant - expected) * 1440, -1.0, 1.0);
    }

    [Theory]
    [InlineData(1900.0, -2.79, 1)]
    [InlineData(1950.0, 29.07, 1)]
    [InlineData(1975.0, 45.45, 1)]
    [InlineData(2000.0, 63.86, 1)]
    [InlineData(2010.0, 66.1, 1)] // observed 66.07 s
    public void Delta_T_follows_the_observed_values(double year, double seconds, double tolerance)
    {
        Assert.InRange(DeltaT.SecondsForYear(year), seconds - tolerance, seconds + tolerance);
    }

    [Fact]
    public void Delta_T_has_no_jump_of_more_than_a_second_between_its_polynomials()
    {
        foreach (double boundary in new[] { 1860.0, 1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150 })
        {
            double jump = DeltaT.SecondsForYear(boundary) - DeltaT.SecondsForYear(boundary - 1e-9);
            Assert.InRange(Math.Abs(jump), 0, 1.0);
        }
    }
}
