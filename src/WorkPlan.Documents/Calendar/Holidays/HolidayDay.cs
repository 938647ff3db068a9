using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Calendar.Holidays;

/// <summary>One day the holiday calendar makes special: a day of a holiday break, or a make-up working day.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class HolidayDay : IEquatable<HolidayDay>
{
    internal HolidayDay(LocalDate date, HolidayDayKind kind, string name, bool isProvisional)
    {
        Date = date;
        Kind = kind;
        Name = name;
        IsProvisional = isProvisional;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets why the day is special.</summary>
    public HolidayDayKind Kind { get; }

    /// <summary>
    /// Gets the day's name: the holiday's ("Ngày Quốc tế lao động", "Tết Nguyên đán"), "Nghỉ bù …" for a compensatory
    /// day, "Nghỉ hoán đổi dịp …" for a swapped day, the break's nearest holiday for a weekend inside it, and
    /// "Làm bù cho ngày nghỉ 29/4/2024" for a make-up working day.
    /// </summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the day comes from a provisional schedule (computed from the law, not yet announced).</summary>
    public bool IsProvisional { get; }

    /// <summary>Gets how the work programme shows the day: a holiday, or a make-up working day.</summary>
    public DayClassification Classification => Kind == HolidayDayKind.MakeUpWorkingDay
        ? new DayClassification(DayStatus.MakeUpWorkingDay, null, IsProvisional)
        : new DayClassification(DayStatus.Holiday, Name, IsProvisional);

    /// <inheritdoc />
    public bool Equals(HolidayDay? other) =>
        other is not null && Date == other.Date && Kind == other.Kind && IsProvisional == other.IsProvisional
        && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HolidayDay);

    /// <inheritdoc />
    public override int GetHashCode() => (Date.GetHashCode() * 31) + (int)Kind;

    /// <summary>Returns the day as "2021-05-03 CompensatoryDay Nghỉ bù Ngày Quốc tế lao động", with "(provisional)" when it is.</summary>
    /// <returns>The day in one line.</returns>
    public override string ToString() =>
        IsoDate.Format(Date) + " " + Kind.ToString() + " " + Name + (IsProvisional ? " (provisional)" : string.Empty);
}
