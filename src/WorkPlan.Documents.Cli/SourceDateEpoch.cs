using System.Globalization;
using NodaTime;

namespace WorkPlan.Documents.Cli;

/// <summary>
/// The clock that dates the documents (the .docx core properties): the system clock, or the fixed instant named by
/// the <c>SOURCE_DATE_EPOCH</c> environment variable (seconds since 1970-01-01 UTC, the reproducible-builds
/// convention), so that rendering the same programme twice gives byte-identical files.
/// </summary>
internal static class SourceDateEpoch
{
    /// <summary>The environment variable's name.</summary>
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>The clock for <paramref name="value"/> (the variable's value, null when unset).</summary>
    /// <exception cref="CliException">The value is not a whole number of seconds.</exception>
    public static IClock Clock(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return SystemClock.Instance;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) || seconds > Instant.MaxValue.ToUnixTimeSeconds())
        {
            throw new CliException(ExitCodes.Usage, null, $"{Variable} is '{value}'; it must be a whole number of seconds since 1970-01-01 UTC.");
        }

        return new FixedClock(Instant.FromUnixTimeSeconds(seconds));
    }

    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(Instant instant) : IClock
    {
        public Instant GetCurrentInstant() => instant;
    }
}
