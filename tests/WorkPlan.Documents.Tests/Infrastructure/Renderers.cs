using NodaTime;
using NodaTime.Testing;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Import;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>Renderers and programmes shared by the rendering tests.</summary>
public static class Renderers
{
    /// <summary>The instant every test document is dated with (core properties).</summary>
    public static Instant FixedInstant { get; } = Instant.FromUtc(2021, 5, 7, 1, 30);

    /// <summary>A renderer with the default set and a fixed clock, shared like an application would share it.</summary>
    public static WorkProgrammeRenderer Default { get; } = new(Nd30Templates.Default, new FakeClock(FixedInstant));

    /// <summary>The seed's May 2021 programme, read from seeds/000_308a2ff7bb53fc37.json.</summary>
    public static WorkProgramme Seed() => WorkProgrammeJson.Deserialize(File.ReadAllText(SeedFiles.JsonPath));

    /// <summary>A renderer over the default set with the given files overridden in memory.</summary>
    public static WorkProgrammeRenderer WithOverrides(params (string File, string Text)[] files) =>
        new(Nd30Templates.Default.WithOverrides(files.Select(f => new KeyValuePair<string, string>(f.File, f.Text))), new FakeClock(FixedInstant));
}
