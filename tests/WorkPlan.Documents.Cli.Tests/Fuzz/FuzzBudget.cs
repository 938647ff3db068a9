using System.Globalization;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// How many cases each command's fuzz test runs, and from which seed. CI runs a fixed count from a fixed seed, so a
/// run is repeatable and bounded (a count, not a timing: the whole fuzz suite takes well under a minute on two
/// cores); set <c>WORKPLAN_FUZZ_CASES</c> to run more locally (e.g. 10000) and <c>WORKPLAN_FUZZ_SEED</c> to draw
/// other cases. Case <c>n</c> of a seed is always the same case, whatever the count.
/// </summary>
public static class FuzzBudget
{
    /// <summary>The variable that sets the number of cases per command.</summary>
    public const string CasesVariable = "WORKPLAN_FUZZ_CASES";

    /// <summary>The variable that sets the seed.</summary>
    public const string SeedVariable = "WORKPLAN_FUZZ_SEED";

    /// <summary>The seed CI draws from.</summary>
    public const ulong DefaultSeed = 0x5EED_2021_0507;

    /// <summary>The number of cases to run: <paramref name="ciCount"/> unless <see cref="CasesVariable"/> says otherwise.</summary>
    public static int Cases(int ciCount) => Read(CasesVariable, int.Parse) is { } n && n > 0 ? n : ciCount;

    /// <summary>The seed: <see cref="DefaultSeed"/> unless <see cref="SeedVariable"/> gives another (decimal or 0x hex).</summary>
    public static ulong Seed => Read(SeedVariable, ParseSeed) ?? DefaultSeed;

    private static T? Read<T>(string variable, Func<string, IFormatProvider, T> parse)
        where T : struct
    {
        string? text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return parse(text.Trim(), CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"{variable}='{text}' is not a number.", ex);
        }
    }

    private static ulong ParseSeed(string text, IFormatProvider culture) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, culture)
            : ulong.Parse(text, culture);
}
