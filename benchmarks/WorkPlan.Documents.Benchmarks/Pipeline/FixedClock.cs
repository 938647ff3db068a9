using NodaTime;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>A clock that always reads the same instant, so every rendered .docx is dated alike.</summary>
/// <param name="now">The instant.</param>
internal sealed class FixedClock(Instant now) : IClock
{
    /// <summary>The seed's issue date, 7 May 2021, 08:00 UTC.</summary>
    public static FixedClock SeedIssue { get; } = new(Instant.FromUtc(2021, 5, 7, 8, 0));

    public Instant GetCurrentInstant() => now;
}
