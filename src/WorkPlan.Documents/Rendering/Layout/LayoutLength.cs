using System.Globalization;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// A length in the layout markup: absolute (stored in points; written as <c>mm</c>, <c>cm</c>, <c>pt</c> or
/// <c>in</c>) or a percentage of the width available to the element.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly struct LayoutLength : IEquatable<LayoutLength>
{
    /// <summary>Points per millimetre (72 / 25.4).</summary>
    public const double PointsPerMillimetre = 72.0 / 25.4;

    private LayoutLength(double value, bool isPercent)
    {
        Value = value;
        IsPercent = isPercent;
    }

    /// <summary>Gets the number: points for an absolute length, percent (0–100) for a relative one.</summary>
    public double Value { get; }

    /// <summary>Gets a value indicating whether this is a percentage of the available width.</summary>
    public bool IsPercent { get; }

    /// <summary>Creates an absolute length.</summary>
    /// <param name="points">The length in points (1/72 in).</param>
    /// <returns>The length.</returns>
    public static LayoutLength FromPoints(double points) => new(points, false);

    /// <summary>Creates an absolute length from millimetres.</summary>
    /// <param name="millimetres">The length in millimetres.</param>
    /// <returns>The length.</returns>
    public static LayoutLength FromMillimetres(double millimetres) => new(millimetres * PointsPerMillimetre, false);

    /// <summary>Creates a relative length.</summary>
    /// <param name="percent">The percentage of the available width (0–100).</param>
    /// <returns>The length.</returns>
    public static LayoutLength FromPercent(double percent) => new(percent, true);

    /// <summary>Returns the length in points, resolving a percentage against <paramref name="availablePoints"/>.</summary>
    /// <param name="availablePoints">The width a percentage refers to, in points.</param>
    /// <returns>The length in points.</returns>
    public double ToPoints(double availablePoints) => IsPercent ? availablePoints * Value / 100.0 : Value;

    /// <summary>Tries to read a length such as <c>20mm</c>, <c>1.5cm</c>, <c>12pt</c>, <c>1in</c> or <c>40%</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="allowPercent">Whether a percentage is acceptable.</param>
    /// <param name="length">The length read.</param>
    /// <returns>True when <paramref name="text"/> is a non-negative length in an accepted unit.</returns>
    public static bool TryParse(string text, bool allowPercent, out LayoutLength length)
    {
        length = default;
        string s = text.Trim();
        int unitStart = s.Length;
        while (unitStart > 0 && (char.IsLetter(s[unitStart - 1]) || s[unitStart - 1] == '%'))
        {
            unitStart--;
        }

        string number = s.Substring(0, unitStart);
        string unit = s.Substring(unitStart);
        if (number.Length == 0
            || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            || double.IsInfinity(value))
        {
            return false;
        }

        switch (unit)
        {
            case "pt": length = FromPoints(value); return true;
            case "mm": length = FromMillimetres(value); return true;
            case "cm": length = FromMillimetres(value * 10.0); return true;
            case "in": length = FromPoints(value * 72.0); return true;
            case "%" when allowPercent && value <= 100.0: length = FromPercent(value); return true;
            default: return false;
        }
    }

    /// <inheritdoc/>
    public bool Equals(LayoutLength other) => Value.Equals(other.Value) && IsPercent == other.IsPercent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LayoutLength other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Value.GetHashCode() * 397) ^ (IsPercent ? 1 : 0);

    /// <summary>Returns the length as CSS: <c>12.5pt</c> or <c>40%</c>.</summary>
    /// <returns>The CSS text.</returns>
    public override string ToString() => IsPercent
        ? Value.ToString("0.###", CultureInfo.InvariantCulture) + "%"
        : Value.ToString("0.##", CultureInfo.InvariantCulture) + "pt";
}
