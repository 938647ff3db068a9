using NodaTime;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>A holiday on a date of one year, before compensatory days and breaks are worked out.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class HolidayOccurrence
{
    internal HolidayOccurrence(LocalDate date, string name, bool isCompensated, bool isProvisional)
    {
        Date = date;
        Name = name;
        IsCompensated = isCompensated;
        IsProvisional = isProvisional;
    }

    internal LocalDate Date { get; }

    internal string Name { get; }

    /// <summary>Gets a value indicating whether a compensatory day follows when the holiday falls on a weekend.</summary>
    internal bool IsCompensated { get; }

    /// <summary>Gets a value indicating whether the holiday comes from a year without an official schedule.</summary>
    internal bool IsProvisional { get; }
}
