using System.Reflection;

namespace WorkPlan.Documents.Harness;

/// <summary>The seed programme's JSON (seeds/000_308a2ff7bb53fc37.json), embedded in the harness.</summary>
internal static class Inputs
{
    private static readonly Lazy<string> Json = new(() =>
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WorkPlan.Documents.Harness.seed.json")
            ?? throw new InvalidOperationException("The embedded seed programme is missing from the harness assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string SeedJson => Json.Value;
}
