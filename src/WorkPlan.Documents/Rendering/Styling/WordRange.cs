using System.Globalization;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// The values Word accepts for one kind of length, checked in the unit Word stores it in (twips, eighths of a
/// point, 240ths of a line), so that exactly the values written unchanged are accepted: the edge is the last value
/// that rounds inside, and one unit past it is refused.
/// </summary>
/// <param name="Min">The smallest value, in points (or lines for a multiple).</param>
/// <param name="Max">The largest value, in points (or lines for a multiple).</param>
/// <param name="UnitsPerValue">How many of Word's units make one point (or one line).</param>
/// <param name="What">What the value is, for errors: "cell padding", "an indent".</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct WordRange(double Min, double Max, double UnitsPerValue, string What)
{
    /// <summary>Returns whether <paramref name="value"/>, rounded to Word's unit, is inside the range.</summary>
    /// <param name="value">The value in points (or lines).</param>
    /// <returns>True when Word accepts it.</returns>
    public bool Contains(double value)
    {
        double units = Math.Round(value * UnitsPerValue, MidpointRounding.AwayFromZero);
        return units >= Math.Round(Min * UnitsPerValue, MidpointRounding.AwayFromZero)
            && units <= Math.Round(Max * UnitsPerValue, MidpointRounding.AwayFromZero);
    }

    /// <summary>Returns the range as points: <c>0pt to 1584pt</c>.</summary>
    /// <returns>The text.</returns>
    public string Describe() => Points(Min) + " to " + Points(Max);

    /// <summary>Returns a number of points as CSS: <c>1584pt</c>, <c>0.25pt</c>.</summary>
    /// <param name="points">The points.</param>
    /// <returns>The text.</returns>
    public static string Points(double points) => points.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
