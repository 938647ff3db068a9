using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Benchmarks.Content;

namespace WorkPlan.Documents.Benchmarks.Floor;

/// <summary>The floor's schedule table: heading row, then each day's rows with the day cell merged down them.</summary>
internal static class FloorSchedule
{
    private static readonly int[] Percents = [12, 45, 17, 26];

    public static Table Table(DocumentContent content, double width)
    {
        Table table = Start(width);
        foreach (TableRow row in Rows(content, width))
        {
            table.AppendChild(row);
        }

        return table;
    }

    /// <summary>The table with its properties, grid and heading row, before any day's rows.</summary>
    public static Table Start(double width)
    {
        double[] columns = Columns(width);
        Table table = FloorTables.Start(width, columns, borders: true, cellTop: 0, cellSide: 3);
        TableRow heading = FloorTables.Row(header: true);
        for (int c = 0; c < columns.Length; c++)
        {
            heading.AppendChild(new TableCell(
                FloorTables.CellProperties(columns[c], middle: true),
                FloorBody.Paragraph("schedule-heading", keepNext: false, FloorBody.Run(DocumentContent.ColumnHeadings[c]))));
        }

        table.AppendChild(heading);
        return table;
    }

    /// <summary>Each day's rows, one at a time (the streaming floor writes each as it is made).</summary>
    public static IEnumerable<TableRow> Rows(DocumentContent content, double width)
    {
        double[] columns = Columns(width);
        double rest = width * (Percents[1] + Percents[2] + Percents[3]) / 100.0;
        foreach (DayContent day in content.Days)
        {
            bool merged = day.Rows.Count > 1;
            for (int r = 0; r < day.Rows.Count; r++)
            {
                TableRow row = FloorTables.Row();
                row.AppendChild(r == 0
                    ? new TableCell(
                        FloorTables.CellProperties(columns[0], mergeStart: merged ? true : null, middle: true),
                        FloorBody.Paragraph("schedule-day", keepNext: false, FloorBody.Lines([day.ShortDate, day.Weekday])))
                    : new TableCell(FloorTables.CellProperties(columns[0], mergeStart: false, middle: true), new Paragraph()));
                AppendCells(row, day.Rows[r], columns, rest);
                yield return row;
            }
        }
    }

    private static double[] Columns(double width) => Percents.Select(p => width * p / 100.0).ToArray();

    private static void AppendCells(TableRow row, RowContent content, double[] columns, double rest)
    {
        switch (content.Kind)
        {
            case RowKind.Holiday:
                row.AppendChild(Cell(rest, "schedule-holiday", content.Text, span: 3));
                break;
            case RowKind.Session:
                // A session label stays with its first entry: every cell of its row keeps with the next.
                row.AppendChild(Cell(columns[1], "schedule-session", content.Text, keepNext: true));
                row.AppendChild(Cell(columns[2], "schedule-session", string.Empty, keepNext: true));
                row.AppendChild(Cell(columns[3], "schedule-session", string.Empty, keepNext: true));
                break;
            default:
                row.AppendChild(Cell(columns[1], "schedule-content", content.Text));
                row.AppendChild(Cell(columns[2], "schedule-text", content.PreparingUnit));
                row.AppendChild(Cell(columns[3], "schedule-text", content.Leaders));
                break;
        }
    }

    private static TableCell Cell(double width, string style, string text, int span = 1, bool keepNext = false) => new(
        FloorTables.CellProperties(width, span),
        text.Length == 0
            ? FloorBody.Paragraph(style, keepNext)
            : FloorBody.Paragraph(style, keepNext, FloorBody.Run(text)));
}
