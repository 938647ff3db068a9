using WorkPlan.Documents.Cli.Batch;

namespace WorkPlan.Documents.Cli.Tests.Batch;

public class OutputFormatsTests
{
    [Theory]
    [InlineData(new[] { "docx" }, "Docx")]
    [InlineData(new[] { "html" }, "Html")]
    [InlineData(new[] { "docx,html" }, "All")]
    [InlineData(new[] { "HTML", "docx" }, "All")]
    [InlineData(new[] { " html , docx " }, "All")]
    [InlineData(new[] { "ics" }, "Ics")]
    [InlineData(new[] { "docx,html,ics,holidays" }, "All, Ics, Holidays")]
    public void Parses_names_and_comma_lists(string[] values, string expected)
    {
        Assert.Equal(Enum.Parse<OutputFormats>(expected), OutputFormatsText.Parse(values, out string? error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(new[] { "pdf" }, "unknown format 'pdf'; use docx, html, ics or holidays, or several separated by commas (docx,html,ics).")]
    [InlineData(new[] { "docx,," }, "unknown format ''; use docx, html, ics or holidays, or several separated by commas (docx,html,ics).")]
    [InlineData(new string[0], "no format given; use docx, html, ics or holidays, or several separated by commas (docx,html,ics).")]
    public void Rejects_what_it_does_not_know(string[] values, string message)
    {
        Assert.Equal(OutputFormats.None, OutputFormatsText.Parse(values, out string? error));
        Assert.Equal(message, error);
    }
}
