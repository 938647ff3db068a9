using NodaTime;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>A clock that always reads the same instant, so every rendered .docx is dated alike.</summary>
/// <param name="now">The instant.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class FixedClock(Instant now) : IClock
{
    /// <summary>Gets a clock at the seed's issue date, 7 May 2021, 08:00 UTC.</summary>
    public static FixedClock SeedIssue { get; } = new(Instant.FromUtc(2021, 5, 7, 8, 0));

    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}
