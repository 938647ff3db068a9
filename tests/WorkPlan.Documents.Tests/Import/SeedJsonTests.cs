using WorkPlan.Documents.Import;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// seeds/000_308a2ff7bb53fc37.json is the seed text imported with its header file, reviewed by hand. It is not a
/// golden but the sample input (README, rendering tests, CLI tests, benchmarks), so it keeps its name and is never
/// written by a test: after an importer change, regenerate it with <c>workplan import</c> (tests/README.md).
/// </summary>
public class SeedJsonTests
{
    [Fact]
    public void Reimporting_the_seed_reproduces_the_committed_json()
    {
        ImportResult result = SeedFiles.Import();
        string json = WorkProgrammeJson.Serialize(result.Programme);
        string committed = File.ReadAllText(SeedFiles.JsonPath);

        Assert.True(string.Equals(committed, json, StringComparison.Ordinal), "The seed imports differently from seeds/" + SeedFiles.Name + ".json:\n" + Golden.Diff(committed, json));
    }

    [Fact]
    public void The_committed_json_reads_back_to_the_same_json()
    {
        string committed = File.ReadAllText(SeedFiles.JsonPath);
        Assert.Equal(committed, WorkProgrammeJson.Serialize(WorkProgrammeJson.Deserialize(committed)));
    }
}
