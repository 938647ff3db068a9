using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// Where in a programme a finding points: a header field, a day, a session of a day, or an entry (by its index
/// within the session).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ProgrammeLocation : IEquatable<ProgrammeLocation>
{
    private ProgrammeLocation(LocalDate? date, SessionKind? session, int? entryIndex, string? field)
    {
        Date = date;
        Session = session;
        EntryIndex = entryIndex;
        Field = field;
    }

    /// <summary>Gets the day, or null for a header field.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the session, or null.</summary>
    public SessionKind? Session { get; }

    /// <summary>Gets the 0-based index of the entry within its session, or null.</summary>
    public int? EntryIndex { get; }

    /// <summary>Gets the field concerned, in the JSON naming ("identity.symbol", "preparingUnit", "leaders[2]"), or null.</summary>
    public string? Field { get; }

    /// <summary>Points at a header field.</summary>
    /// <param name="field">The field, e.g. "identity.symbol".</param>
    /// <returns>The location.</returns>
    public static ProgrammeLocation ForField(string field) => new(null, null, null, field ?? throw new ArgumentNullException(nameof(field)));

    /// <summary>Points at a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The location.</returns>
    public static ProgrammeLocation ForDay(LocalDate date) => new(date, null, null, null);

    /// <summary>Points at an entry, or a field of it.</summary>
    /// <param name="date">The day.</param>
    /// <param name="session">The session.</param>
    /// <param name="entryIndex">The 0-based index within the session.</param>
    /// <param name="field">The entry's field, e.g. "preparingUnit" or "leaders[1]"; null for the whole entry.</param>
    /// <returns>The location.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="entryIndex"/> is negative.</exception>
    public static ProgrammeLocation ForEntry(LocalDate date, SessionKind session, int entryIndex, string? field = null)
    {
        if (entryIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(entryIndex), entryIndex, "An entry index is 0 or greater.");
        }

        return new ProgrammeLocation(date, session, entryIndex, field);
    }

    /// <inheritdoc />
    public bool Equals(ProgrammeLocation? other) =>
        other is not null && Date == other.Date && Session == other.Session && EntryIndex == other.EntryIndex
        && string.Equals(Field, other.Field, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProgrammeLocation);

    /// <inheritdoc />
    public override int GetHashCode() => (Date?.GetHashCode() ?? 0) ^ ((EntryIndex ?? -1) * 31) ^ ((int)(Session ?? SessionKind.AllDay) << 8);

    /// <summary>Returns "2021-05-06 Morning #3 leaders[0]" or "identity.symbol".</summary>
    /// <returns>The location as text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Date is { } date)
        {
            parts.Add(IsoDate.Format(date));
        }

        if (Session is { } session)
        {
            parts.Add(session.ToString());
        }

        if (EntryIndex is { } index)
        {
            parts.Add("#" + (index + 1).ToString(CultureInfo.InvariantCulture));
        }

        if (Field is not null)
        {
            parts.Add(Field);
        }

        return string.Join(" ", parts);
    }
}
