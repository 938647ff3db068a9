using System.Reflection;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Benchmarks.Inputs;

/// <summary>
/// The programmes every benchmark renders: the seed (May 2021, Hà Tĩnh's New Rural Development coordination office,
/// read from seeds/000_308a2ff7bb53fc37.json, embedded in this assembly) and the programmes scaled from it.
/// </summary>
/// <threadsafety>Thread-safe: the programmes are immutable and built once.</threadsafety>
public static class BenchmarkInputs
{
    private const string SeedResource = "WorkPlan.Documents.Benchmarks.seed.json";

    private static readonly Lazy<string> LazySeedJson = new(ReadSeedJson);
    private static readonly Lazy<WorkProgramme> LazySeed = new(() => WorkProgrammeJson.Deserialize(LazySeedJson.Value));

    /// <summary>Gets the seed programme's JSON as the repository stores it.</summary>
    public static string SeedJson => LazySeedJson.Value;

    /// <summary>Gets the seed programme.</summary>
    public static WorkProgramme Seed => LazySeed.Value;

    /// <summary>Gets the programme with <paramref name="factor"/> times the seed's entries (1, 10 or 100).</summary>
    /// <param name="factor">1 for the seed, 10 for a year, 100 for a province-wide year.</param>
    /// <returns>The programme; a new instance for 10 and 100, built deterministically.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not 1, 10 or 100.</exception>
    public static WorkProgramme Scaled(int factor) => factor switch
    {
        1 => Seed,
        10 => ProgrammeScaler.Year(Seed),
        100 => ProgrammeScaler.ProvinceYear(Seed),
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor must be 1, 10 or 100."),
    };

    /// <summary>Counts the schedule entries of a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>The number of entries over all days and sessions.</returns>
    public static int CountEntries(WorkProgramme programme) =>
        programme.Schedule.Days.Sum(d => d.Sessions.Sum(s => s.Entries.Count));

    private static string ReadSeedJson()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(SeedResource)
            ?? throw new InvalidOperationException($"The embedded resource {SeedResource} is missing from the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
