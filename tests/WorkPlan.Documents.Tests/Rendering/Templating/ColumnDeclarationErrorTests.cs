using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

/// <summary>Errors in schedule-columns.json name the JSON path and the line and column of the value at fault (issue 14).</summary>
public class ColumnDeclarationErrorTests
{
    private const string Content = "{ \"field\": \"content\", \"heading\": \"NỘI DUNG\", \"width\": \"60%\" }";

    [Theory]
    [InlineData("{ \"field\": \"content\", \"heading\": \"NỘI DUNG\", \"width\": \"wide\" }", "$.columns[1].width", 4, 59, "column.width \"wide\" of column \"content\" must be a positive number")]
    [InlineData("{ \"field\": \"content\", \"heading\": \" \", \"width\": \"10%\" }", "$.columns[1].heading", 4, 38, "column.heading must not be empty.")]
    [InlineData("{ \"field\": \"content\", \"heading\": \"NỘI DUNG\" }", "$.columns[1]", 4, 5, "each column needs a string \"width\"")]
    [InlineData("{ \"field\": \"day\", \"heading\": \"NGÀY\", \"width\": \"10%\" }", "$.columns[1]", 4, 5, "columns: the day column must come first")]
    public void A_column_error_names_the_path_line_and_column_without_a_parameter_suffix(string second, string path, int line, int column, string reason)
    {
        string columns = "{\n  \"columns\": [\n    " + Content.Replace("content", "leaders", StringComparison.Ordinal) + ",\n    " + second + "\n  ]\n}";

        TemplateException error = Assert.Throws<TemplateException>(
            () => Renderers.WithOverrides(("schedule-columns.json", columns)).RenderLayout(Samples.Minimal(), null, default));

        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.EndsWith($" (at {path})", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
        Assert.Equal(("schedule-columns.json", line, column), (error.SourcePath, error.Line, error.Column));
    }

    [Fact]
    public void A_field_declared_twice_names_the_second_column()
    {
        string columns = "{\n  \"columns\": [\n    " + Content + ",\n    " + Content + "\n  ]\n}";

        TemplateException error = Assert.Throws<TemplateException>(
            () => Renderers.WithOverrides(("schedule-columns.json", columns)).RenderLayout(Samples.Minimal(), null, default));

        Assert.Equal("columns declares the field \"content\" twice. (at $.columns[1])", error.Reason);
        Assert.Equal((4, 5), (error.Line, error.Column));
    }

    [Fact]
    public void A_syntax_error_column_counts_characters_not_bytes()
    {
        string columns = "{\n  \"columns\": [\n    { \"field\": \"content\", \"heading\": \"NỘI DUNG\" \"width\": \"60%\" }\n  ]\n}";

        TemplateException error = Assert.Throws<TemplateException>(
            () => Renderers.WithOverrides(("schedule-columns.json", columns)).RenderLayout(Samples.Minimal(), null, default));

        Assert.Equal((3, 49), (error.Line, error.Column));
    }

    [Fact]
    public void An_escaped_half_surrogate_is_a_template_error_at_its_value_not_a_crash()
    {
        // Found by the CLI fuzz test (render case 4995): it ended in exit 70 through an InvalidOperationException.
        string columns = "{\n  \"columns\": [\n    { \"field\": \"content\", \"heading\": \"\\udc00\", \"width\": \"100%\" }\n  ]\n}";

        TemplateException error = Assert.Throws<TemplateException>(
            () => Renderers.WithOverrides(("schedule-columns.json", columns)).RenderLayout(Samples.Minimal(), null, default));

        Assert.Contains("half surrogate", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith(" (at $.columns[0].heading)", error.Reason, StringComparison.Ordinal);
        Assert.Equal(("schedule-columns.json", 3, 38), (error.SourcePath, error.Line, error.Column));
    }
}
