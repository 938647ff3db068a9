using NodaTime;

namespace WorkPlan.Documents.Feeds;

/// <summary>
/// The hours a session of the day (buổi sáng, buổi chiều, buổi tối) stands for in a calendar feed, for the entries the
/// programme gives no start time: an entry of the morning becomes an event from <see cref="Start"/> to <see cref="End"/>.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class SessionHours : IEquatable<SessionHours>
{
    /// <summary>Creates session hours.</summary>
    /// <param name="start">When the session starts, e.g. 07:30.</param>
    /// <param name="end">When it ends, e.g. 11:30; after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public SessionHours(LocalTime start, LocalTime end)
    {
        if (end <= start)
        {
            throw new ArgumentException($"a session must end after it starts ({start:HH:mm} – {end:HH:mm}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets when the session starts.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets when the session ends.</summary>
    public LocalTime End { get; }

    /// <inheritdoc/>
    public bool Equals(SessionHours? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SessionHours);

    /// <inheritdoc/>
    public override int GetHashCode() => (Start.GetHashCode() * 397) ^ End.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => $"{Start:HH:mm}–{End:HH:mm}";
}
