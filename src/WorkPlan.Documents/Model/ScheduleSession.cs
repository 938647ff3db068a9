using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>A session of a day (buổi sáng, buổi chiều, …) with its entries in the order written.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ScheduleSession
{
    /// <summary>Creates a session.</summary>
    /// <param name="kind">Which part of the day.</param>
    /// <param name="entries">The entries; may be empty (the seed shows empty weekend sessions).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException">An entry is null.</exception>
    public ScheduleSession(SessionKind kind, IEnumerable<ScheduleEntry>? entries = null)
    {
        if (kind < SessionKind.AllDay || kind > SessionKind.Evening)
        {
            throw new ArgumentOutOfRangeException("session.kind", kind, "session.kind is not a defined session.");
        }

        Kind = kind;
        Entries = Preconditions.Items(entries, "session.entries");
    }

    /// <summary>Gets which part of the day this is.</summary>
    public SessionKind Kind { get; }

    /// <summary>Gets the entries in the order written.</summary>
    public IReadOnlyList<ScheduleEntry> Entries { get; }
}
