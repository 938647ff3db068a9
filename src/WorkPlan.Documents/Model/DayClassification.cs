namespace WorkPlan.Documents.Model;

/// <summary>What an <see cref="IDayClassifier"/> says about a date.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public readonly struct DayClassification : IEquatable<DayClassification>
{
    /// <summary>Creates a classification.</summary>
    /// <param name="status">The kind of day.</param>
    /// <param name="holidayName">The holiday's name for a holiday; null otherwise.</param>
    /// <param name="isProvisional">Whether the classification comes from a provisional (not yet announced) schedule.</param>
    public DayClassification(DayStatus status, string? holidayName = null, bool isProvisional = false)
    {
        Status = status;
        HolidayName = holidayName;
        IsProvisional = isProvisional;
    }

    /// <summary>Gets the kind of day.</summary>
    public DayStatus Status { get; }

    /// <summary>Gets the holiday's name, or null.</summary>
    public string? HolidayName { get; }

    /// <summary>Gets a value indicating whether the classification is provisional.</summary>
    public bool IsProvisional { get; }

    /// <inheritdoc />
    public bool Equals(DayClassification other) =>
        Status == other.Status && IsProvisional == other.IsProvisional
        && string.Equals(HolidayName, other.HolidayName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DayClassification other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => ((int)Status * 397) ^ (HolidayName is null ? 0 : StringComparer.Ordinal.GetHashCode(HolidayName));

    /// <summary>Compares two classifications for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(DayClassification left, DayClassification right) => left.Equals(right);

    /// <summary>Compares two classifications for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(DayClassification left, DayClassification right) => !left.Equals(right);
}
