using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Benchmarks.Content;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Benchmarks.Peer;
using WorkPlan.Documents.Benchmarks.Tests.Infrastructure;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Benchmarks.Tests.Peer;

/// <summary>The peer writes the same document as the pipeline, so the comparison is fair.</summary>
public class NpoiProgrammeWriterTests
{
    [Fact]
    public void The_peer_writes_every_text_of_the_seed_in_order()
    {
        byte[] docx = Write(BenchmarkInputs.Seed);
        Assert.Equal(DocumentText.Expected(BenchmarkInputs.Seed), DocumentText.Read(docx));
    }

    [Fact]
    public void The_schedule_has_merged_day_cells_holiday_rows_and_a_repeated_heading()
    {
        WorkProgramme seed = BenchmarkInputs.Seed;
        DocumentContent content = DocumentContent.From(seed);
        using var stream = new MemoryStream(Write(seed));
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false);
        Table schedule = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ElementAt(1);
        var merges = schedule.Descendants<VerticalMerge>().ToList();
        Assert.Equal(content.Days.Count, merges.Count(m => m.Val?.Value == MergedCellValues.Restart));
        Assert.Equal(content.Days.Sum(d => d.Rows.Count) - content.Days.Count, merges.Count(m => m.Val is null || m.Val.Value == MergedCellValues.Continue));
        Assert.Equal(content.Days.Sum(d => d.Rows.Count(r => r.Kind == RowKind.Holiday)), schedule.Descendants<GridSpan>().Count(g => g.Val?.Value == 3));
        Assert.Single(schedule.Descendants<TableHeader>());
        Assert.Equal(content.Days.Sum(d => d.Rows.Count) + 1, schedule.Descendants<CantSplit>().Count());
    }

    [Fact]
    public void The_page_number_is_in_the_header_from_page_two()
    {
        using var stream = new MemoryStream(Write(BenchmarkInputs.Seed));
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: false);
        SectionProperties section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        Assert.Contains(document.MainDocumentPart.HeaderParts, h => h.Header!.InnerText.Contains('1', StringComparison.Ordinal)
            && h.Header.Descendants<FieldCode>().Any(f => f.Text.Trim() == "PAGE"));
    }

    private static byte[] Write(WorkProgramme programme)
    {
        using var stream = new MemoryStream();
        NpoiProgrammeWriter.Write(programme, stream);
        return stream.ToArray();
    }
}
