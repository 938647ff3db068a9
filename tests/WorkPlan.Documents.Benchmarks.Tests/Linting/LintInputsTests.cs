using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Benchmarks.Linting;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Benchmarks.Tests.Linting;

/// <summary>The linter's benchmark documents are clean, so the benchmark measures a whole lint, not a report.</summary>
public class LintInputsTests
{
    [Fact]
    public void The_hundred_page_document_breaks_no_rule_and_repeats_whole_days_of_the_year_s_schedule()
    {
        byte[] docx = LintInputs.HundredPages();

        using var stream = new MemoryStream(docx);
        Assert.Empty(Nd30Linter.Check(stream));
        stream.Position = 0;
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false);
        int rows = ScheduleRows(document);
        using var yearStream = new MemoryStream(Nd30Templates.CreateRenderer(NodaTime.SystemClock.Instance).RenderDocx(BenchmarkInputs.Scaled(10)));
        using WordprocessingDocument year = WordprocessingDocument.Open(yearStream, isEditable: false);
        int yearRows = ScheduleRows(year);
        Assert.InRange(rows, (1.4 * yearRows) - 2, (1.4 * yearRows) + 40);
    }

    private static int ScheduleRows(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Table>().Max(t => t.Elements<TableRow>().Count());

    [Fact]
    public void The_seed_s_document_breaks_no_rule()
    {
        using var stream = new MemoryStream(LintInputs.Seed());

        Assert.Empty(Nd30Linter.Check(stream));
    }
}
