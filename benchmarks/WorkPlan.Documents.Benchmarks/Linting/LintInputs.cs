using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Benchmarks.Inputs;
using WorkPlan.Documents.Benchmarks.Pipeline;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Benchmarks.Linting;

/// <summary>
/// The documents the linter is measured on: the seed's .docx (9 pages as LibreOffice lays it out) and a 100-page
/// one, the year's .docx (10× the seed's entries, 72 pages) with the first days of its schedule repeated at the end
/// of the schedule table until the table has 1.4 times its rows (100 pages).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class LintInputs
{
    /// <summary>The share of the year's schedule rows repeated to reach 100 pages.</summary>
    private const double Repeated = 0.4;

    /// <summary>Gets the seed's .docx as the library renders it.</summary>
    /// <returns>The document's bytes.</returns>
    public static byte[] Seed() => Nd30Templates.CreateRenderer(FixedClock.SeedIssue).RenderDocx(BenchmarkInputs.Seed);

    /// <summary>Gets the 100-page document.</summary>
    /// <returns>The document's bytes.</returns>
    public static byte[] HundredPages()
    {
        byte[] year = Nd30Templates.CreateRenderer(FixedClock.SeedIssue).RenderDocx(BenchmarkInputs.Scaled(10));
        using var stream = new MemoryStream();
        stream.Write(year, 0, year.Length);
        using (WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            Table schedule = document.MainDocumentPart!.Document!.Body!.Elements<Table>().OrderByDescending(t => t.Elements<TableRow>().Count()).First();
            var rows = schedule.Elements<TableRow>().ToList();

            // Whole days only: stop before the first row that starts a day (its day cell restarts the merge) past the share.
            int end = (int)(rows.Count * Repeated);
            while (end < rows.Count && !StartsDay(rows[end]))
            {
                end++;
            }

            foreach (TableRow row in rows.Skip(1).Take(end - 1))
            {
                schedule.AppendChild((TableRow)row.CloneNode(true));
            }
        }

        return stream.ToArray();
    }

    private static bool StartsDay(TableRow row) =>
        row.Elements<TableCell>().First().TableCellProperties?.VerticalMerge is not { } merge || merge.Val?.Value == MergedCellValues.Restart;
}
