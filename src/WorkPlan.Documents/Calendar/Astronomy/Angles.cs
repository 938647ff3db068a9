namespace WorkPlan.Documents.Calendar.Astronomy;

/// <summary>Degree arithmetic shared by the astronomical series.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class Angles
{
    private const double RadiansPerDegree = Math.PI / 180.0;

    /// <summary>Returns the sine of an angle in degrees.</summary>
    /// <param name="degrees">The angle in degrees.</param>
    /// <returns>The sine.</returns>
    internal static double Sin(double degrees) => Math.Sin(degrees * RadiansPerDegree);

    /// <summary>Reduces an angle to [0, 360) degrees.</summary>
    /// <param name="degrees">The angle in degrees.</param>
    /// <returns>The same direction in [0, 360).</returns>
    internal static double Normalize(double degrees)
    {
        double r = degrees % 360.0;
        return r < 0 ? r + 360.0 : r;
    }

    /// <summary>Reduces an angle to [−180, 180) degrees.</summary>
    /// <param name="degrees">The angle in degrees.</param>
    /// <returns>The same direction in [−180, 180).</returns>
    internal static double NormalizeSigned(double degrees)
    {
        double r = Normalize(degrees);
        return r >= 180.0 ? r - 360.0 : r;
    }

    /// <summary>Converts radians to degrees.</summary>
    /// <param name="radians">The angle in radians.</param>
    /// <returns>The angle in degrees.</returns>
    internal static double ToDegrees(double radians) => radians / RadiansPerDegree;
}
