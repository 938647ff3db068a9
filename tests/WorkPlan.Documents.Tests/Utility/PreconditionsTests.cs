using System.Text;
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
    public void Lines_are_trimmed_and_normalised_into_a_read_only_copy()
    {
        string decomposed = "Ủy ban".Normalize(NormalizationForm.FormD);
        var source = new List<string> { "  a  ", decomposed };
        IReadOnlyList<string> lines = Preconditions.Lines(source, "agency.nameLines", required: true);
        source.Add("later");

        Assert.Equal(["a", "Ủy ban"], lines);
        Assert.IsNotType<List<string>>(lines);
    }

    [Fact]
    public void Optional_lines_may_be_null_or_none()
    {
        Assert.Empty(Preconditions.Lines(null, "signature.authorityLines", required: false));
        Assert.Empty(Preconditions.Lines([], "signature.authorityLines", required: false));
    }

    [Fact]
    public void Required_lines_must_be_given()
    {
        ArgumentNullException missing = Assert.Throws<ArgumentNullException>(() => Preconditions.Lines(null, "agency.nameLines", required: true));
        Assert.StartsWith("agency.nameLines must not be null.", missing.Message, StringComparison.Ordinal);
        ArgumentException none = Assert.Throws<ArgumentException>(() => Preconditions.Lines([], "agency.nameLines", required: true));
        Assert.StartsWith("agency.nameLines must have at least one line.", none.Message, StringComparison.Ordinal);
        Assert.Equal("agency.nameLines", none.ParamName);
    }

    [Fact]
    public void A_blank_line_is_named_by_its_index()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Preconditions.Lines(["a", " "], "focusTasks.tasks", required: false));
        Assert.Equal("focusTasks.tasks[1]", error.ParamName);
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
