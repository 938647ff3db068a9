using WorkPlan.Documents.Benchmarks.Content;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Benchmarks.Tests.Inputs;

public class ProgrammeScalerTests
{
    [Fact]
    public void Seed_is_the_repository_seed()
    {
        WorkProgramme seed = BenchmarkInputs.Seed;
        Assert.Equal(31, seed.Schedule.Days.Count);
        Assert.Equal("CTr-VPĐP", seed.Identity.Symbol);
        Assert.Equal(89, BenchmarkInputs.CountEntries(seed));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void Scaled_programmes_have_exactly_factor_times_the_entries(int factor)
    {
        int seedEntries = BenchmarkInputs.CountEntries(BenchmarkInputs.Seed);
        Assert.Equal(seedEntries * factor, BenchmarkInputs.CountEntries(BenchmarkInputs.Scaled(factor)));
    }

    [Fact]
    public void The_year_has_ten_times_the_table_rows()
    {
        int Rows(WorkProgramme p) => DocumentContent.From(p).Days.Sum(d => d.Rows.Count);
        Assert.Equal(Rows(BenchmarkInputs.Seed) * 10, Rows(BenchmarkInputs.Scaled(10)));
        Assert.Equal(310, BenchmarkInputs.Scaled(10).Schedule.Days.Count);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public void Scaled_programmes_are_deterministic(int factor) =>
        Assert.Equal(
            WorkProgrammeJson.Serialize(BenchmarkInputs.Scaled(factor)),
            WorkProgrammeJson.Serialize(BenchmarkInputs.Scaled(factor)));

    [Fact]
    public void Only_one_ten_and_a_hundred_are_offered() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkInputs.Scaled(2));
}
