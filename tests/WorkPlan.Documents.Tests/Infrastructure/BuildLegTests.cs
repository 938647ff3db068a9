namespace WorkPlan.Documents.Tests.Infrastructure;

public class BuildLegTests
{
    [Fact]
    public void Loads_the_build_this_leg_is_for()
    {
        Assert.Equal(BuildLeg.Expected, BuildLeg.LibraryFramework);
    }
}
