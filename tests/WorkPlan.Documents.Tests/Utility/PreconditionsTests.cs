using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Tests.Utility;

public class PreconditionsTests
{
    [Fact]
    public void NotNull_returns_the_value()
    {
        const string value = "x";
        Assert.Same(value, Preconditions.NotNull(value, "field"));
    }

    [Fact]
    public void NotNull_names_the_field()
    {
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => Preconditions.NotNull<string>(null, "header.agency"));
        Assert.Equal("header.agency", error.ParamName);
        Assert.StartsWith("header.agency must not be null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_are_copied_and_a_null_item_is_named_by_its_index()
    {
        Assert.Empty(Preconditions.Items<string>(null, "entry.leaders"));
        Assert.Equal(["a", "b"], Preconditions.Items(["a", "b"], "entry.leaders"));
        ArgumentNullException error = Assert.Throws<ArgumentNullException>(() => Preconditions.Items(["a", null!], "entry.leaders"));
        Assert.Equal("entry.leaders", error.ParamName);
        Assert.StartsWith("entry.leaders[1] must not be null.", error.Message, StringComparison.Ordinal);
    }
}
