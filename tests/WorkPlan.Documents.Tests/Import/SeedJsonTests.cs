using WorkPlan.Documents.Import;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>seeds/000_308a2ff7bb53fc37.json is the seed text imported with its header file, reviewed by hand.</summary>
public class SeedJsonTests
{
    [Fact]
    public void Reimporting_the_seed_reproduces_the_committed_json()
    {
        ImportResult result = SeedFiles.Import();
        string json = WorkProgrammeJson.Serialize(result.Programme);
        if (SeedFiles.UpdateGolden)
        {
            File.WriteAllText(SeedFiles.JsonPath, json);
        }

        Assert.Equal(File.ReadAllText(SeedFiles.JsonPath), json);
    }

    [Fact]
    public void The_committed_json_reads_back_to_the_same_json()
    {
        string committed = File.ReadAllText(SeedFiles.JsonPath);
        Assert.Equal(committed, WorkProgrammeJson.Serialize(WorkProgrammeJson.Deserialize(committed)));
    }
}
