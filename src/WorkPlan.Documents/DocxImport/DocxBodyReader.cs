using System.Text;
using DocumentFormat.OpenXml;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Localization;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// Walks the body of a .docx in document order and turns it into <see cref="DocxBlock"/>s: one per paragraph, one per
/// row of a schedule table (cells laid on the table grid, joined by tabs), and one per paragraph of a cell of any other
/// table (the header block, the "Nơi nhận" and signature block).
/// </summary>
/// <remarks>
/// A table is a schedule table when a row is a column header the text importer knows (<see cref="TableLayout"/>)
/// or, with three columns or more, a row starts with a day cell. Its rows are normalised to what
/// <see cref="ScheduleTableReader"/> reads: a cell merged into the one above (w:vMerge) and a day cell repeating the
/// row above read as empty (a continuation of the day); a cell spanning columns (w:gridSpan) fills them, the first with
/// its text; a row that is one cell across the whole table ("Buổi sáng:", "Nghỉ lễ") puts its text in the content
/// column; a session column ("BUỔI") becomes the session marker in front of the content, as pasted tables write it.
/// A cell's paragraphs and line breaks join with a space. Deleted rows and cells (tracked changes) are left out.
/// </remarks>
internal sealed class DocxBodyReader
{
    private readonly DocxStyles styles;
    private readonly List<DocxBlock> blocks = [];
    private int paragraphs;
    private int tables;

    internal DocxBodyReader(DocxStyles styles)
    {
        this.styles = styles;
    }

    internal IReadOnlyList<DocxBlock> Read(OpenXmlElement body)
    {
        Walk(body);
        return blocks;
    }

    /// <summary>Flattens a cell's text to one line: tabs and line breaks become spaces, runs of spaces one.</summary>
    internal static string OneLine(string text)
    {
        var line = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c is '\t' or '\n' or '\r' or ' ')
            {
                space = line.Length > 0;
                continue;
            }

            if (space)
            {
                line.Append(' ');
                space = false;
            }

            line.Append(c);
        }

        return line.ToString();
    }

    private void Walk(OpenXmlElement container)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            if (DocxText.IsW(child, "p"))
            {
                paragraphs++;
                string text = DocxText.Of(child, out bool drawing);
                blocks.Add(Paragraph(child, text, new DocxLocation(paragraphs, null, null, null), drawing));
            }
            else if (DocxText.IsW(child, "tbl"))
            {
                tables++;
                ReadTable(child, tables);
            }
            else if (DocxText.IsW(child, "sdt") || DocxText.IsW(child, "customXml"))
            {
                Walk(DocxText.Child(child, "sdtContent") ?? child);
            }
            else if (DocxText.IsW(child, "sdtContent"))
            {
                Walk(child);
            }
        }
    }

    private DocxBlock Paragraph(OpenXmlElement paragraph, string text, DocxLocation location, bool drawing) =>
        new(location, text, isRow: false)
        {
            IsListItem = styles.IsListItem(paragraph),
            IsBold = styles.IsBold(paragraph),
            Note = drawing ? ImportText.Of("Note_Drawing") : null,
        };

    private void ReadTable(OpenXmlElement table, int number)
    {
        List<Row> rows = Rows(table).ToList();
        int gridCount = Math.Max(
            DocxText.Child(table, "tblGrid")?.ChildElements.Count(c => DocxText.IsW(c, "gridCol")) ?? 0,
            rows.Count == 0 ? 0 : rows.Max(r => r.GridWidth));
        List<string[]> grids = rows.Select(r => r.Deleted ? new string[Math.Max(1, gridCount)].Select(_ => string.Empty).ToArray() : r.Grid(gridCount)).ToList();
        int? header = null;
        for (int i = 0; i < grids.Count && header is null; i++)
        {
            if (TableLayout.TryRead(grids[i]) is not null || TableLayout.TryRead(WithoutSessionColumn(grids[i], SessionColumn(grids[i]))) is not null)
            {
                header = i;
            }
        }

        bool schedule = header is not null || (gridCount >= 3 && grids.Any(g => ScheduleTableReader.IsDayCell(g[0])));
        if (schedule)
        {
            ReadScheduleTable(number, rows, grids, gridCount, header);
        }
        else
        {
            ReadLayoutTable(number, rows);
        }
    }

    private void ReadScheduleTable(int number, List<Row> rows, List<string[]> grids, int gridCount, int? header)
    {
        int sessionColumn = header is { } h ? SessionColumn(grids[h]) : -1;
        int contentColumn = 1;
        if (header is { } at && TableLayout.TryRead(WithoutSessionColumn(grids[at], sessionColumn)) is { } layout)
        {
            contentColumn = layout.IndexOf(TableLayout.Role.Content);
        }

        string? previousDay = null;
        SessionKind? lastSession = null;
        for (int r = 0; r < rows.Count; r++)
        {
            Row row = rows[r];
            if (row.Deleted)
            {
                continue;
            }

            var notes = new List<LocalizedText>(row.Notes);
            string[] cells;
            if (row.Cells.Count == 1 && row.GridWidth >= gridCount && gridCount > 1 && !ScheduleTableReader.IsDayCell(OneLine(row.Cells[0].Text)))
            {
                cells = new string[gridCount - (sessionColumn >= 0 ? 1 : 0)];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] = string.Empty;
                }

                cells[Math.Min(contentColumn, cells.Length - 1)] = OneLine(row.Cells[0].Text);
            }
            else
            {
                string[] grid = grids[r];
                string session = sessionColumn >= 0 && sessionColumn < grid.Length ? grid[sessionColumn] : string.Empty;
                cells = WithoutSessionColumn(grid, sessionColumn);
                bool newDay = false;
                if (cells[0].Length > 0 && header != r)
                {
                    if (cells[0] == previousDay)
                    {
                        notes.Add(ImportText.Of("Note_DayCellRepeated", cells[0]));
                        cells[0] = string.Empty;
                    }
                    else
                    {
                        previousDay = cells[0];
                        newDay = true;
                    }
                }

                if (header != r && session.Length > 0 && contentColumn < cells.Length)
                {
                    if (EntryText.TryMarker(session.TrimEnd(':', ' ') + ":", out SessionKind kind, out _))
                    {
                        if (newDay || kind != lastSession)
                        {
                            cells[contentColumn] = (SessionLabel(kind) + " " + cells[contentColumn]).Trim();
                        }

                        lastSession = kind;
                    }
                    else
                    {
                        cells[contentColumn] = (session + ": " + cells[contentColumn]).Trim();
                    }
                }
            }

            blocks.Add(new DocxBlock(new DocxLocation(null, number, r + 1, null), string.Join("\t", cells), isRow: true)
            {
                Note = notes.Count == 0 ? null : notes.Skip(1).Aggregate(notes[0], (joined, next) => ImportText.Of("Note_Joined", joined, next)),
            });
        }
    }

    private void ReadLayoutTable(int number, List<Row> rows)
    {
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].Deleted)
            {
                continue;
            }

            for (int c = 0; c < rows[r].Cells.Count; c++)
            {
                Cell cell = rows[r].Cells[c];
                for (int p = 0; p < cell.Paragraphs.Count; p++)
                {
                    (OpenXmlElement element, string text, bool drawing, bool nested) = cell.Paragraphs[p];
                    DocxBlock block = Paragraph(element, text, new DocxLocation(p + 1, number, r + 1, c + 1), drawing);
                    if (nested)
                    {
                        block.Note = ImportText.Of("Note_NestedTable");
                    }

                    blocks.Add(block);
                }
            }
        }
    }

    private static int SessionColumn(string[] grid)
    {
        for (int i = 1; i < grid.Length; i++)
        {
            if (VietnameseFold.Fold(grid[i]).StartsWith("buoi", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] WithoutSessionColumn(string[] grid, int column) =>
        column < 0 ? (string[])grid.Clone() : grid.Where((_, i) => i != column).ToArray();

    private static string SessionLabel(SessionKind kind) => kind switch
    {
        SessionKind.Morning => "Buổi sáng:",
        SessionKind.Afternoon => "Buổi chiều:",
        SessionKind.Evening => "Buổi tối:",
        _ => "Cả ngày:",
    };

    private static IEnumerable<Row> Rows(OpenXmlElement table)
    {
        foreach (OpenXmlElement child in table.ChildElements)
        {
            if (DocxText.IsW(child, "tr"))
            {
                yield return new Row(child);
            }
            else if (DocxText.IsW(child, "sdt") || DocxText.IsW(child, "customXml") || DocxText.IsW(child, "sdtContent"))
            {
                foreach (Row row in Rows(DocxText.Child(child, "sdtContent") ?? child))
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>A cell as written: its paragraphs, text, span and merge.</summary>
    private sealed class Cell
    {
        internal List<(OpenXmlElement Element, string Text, bool Drawing, bool Nested)> Paragraphs { get; } = [];

        internal int Span { get; set; } = 1;

        internal bool ContinuesAbove { get; set; }

        internal bool HasNestedTable { get; set; }

        internal string Text => string.Join("\n", Paragraphs.Select(p => p.Text));
    }

    /// <summary>A row as written: its cells (through content controls), cells deleted by tracked changes left out.</summary>
    private sealed class Row
    {
        private readonly int before;
        private readonly int after;

        internal Row(OpenXmlElement row)
        {
            OpenXmlElement? properties = DocxText.Child(row, "trPr");

            // A row deleted with tracked changes is not in the accepted table; it keeps its number, as Word shows it.
            Deleted = DocxText.Child(properties, "del") is not null;
            before = Count(DocxText.Child(properties, "gridBefore"));
            after = Count(DocxText.Child(properties, "gridAfter"));
            AddCells(row);
        }

        internal List<Cell> Cells { get; } = [];

        internal bool Deleted { get; }

        internal List<LocalizedText> Notes { get; } = [];

        internal int GridWidth => before + Cells.Sum(c => c.Span) + after;

        /// <summary>Returns one text per grid column: a spanning cell's text in its first column, merged cells empty.</summary>
        internal string[] Grid(int width)
        {
            var grid = new List<string>(width);
            grid.AddRange(Enumerable.Repeat(string.Empty, before));
            foreach (Cell cell in Cells)
            {
                grid.Add(cell.ContinuesAbove ? string.Empty : OneLine(cell.Text));
                grid.AddRange(Enumerable.Repeat(string.Empty, cell.Span - 1));
            }

            while (grid.Count < width)
            {
                grid.Add(string.Empty);
            }

            return grid.ToArray();
        }

        private static int Count(OpenXmlElement? element) =>
            element is not null && int.TryParse(DocxText.Val(element), out int value) && value > 0 ? Math.Min(value, 64) : 0;

        private void AddCells(OpenXmlElement container)
        {
            foreach (OpenXmlElement child in container.ChildElements)
            {
                if (DocxText.IsW(child, "tc"))
                {
                    OpenXmlElement? properties = DocxText.Child(child, "tcPr");
                    if (DocxText.Child(properties, "cellDel") is not null)
                    {
                        continue;
                    }

                    var cell = new Cell
                    {
                        Span = Math.Max(1, Count(DocxText.Child(properties, "gridSpan"))),
                        ContinuesAbove = DocxText.Child(properties, "vMerge") is { } merge && DocxText.Val(merge) is null or "continue",
                    };
                    AddParagraphs(cell, child, nested: false);
                    if (cell.HasNestedTable)
                    {
                        Notes.Add(ImportText.Of("Note_CellNestedTable", Cells.Count + 1));
                    }

                    if (cell.Paragraphs.Any(p => p.Drawing))
                    {
                        Notes.Add(ImportText.Of("Note_CellDrawing", Cells.Count + 1));
                    }

                    Cells.Add(cell);
                }
                else if (DocxText.IsW(child, "sdt") || DocxText.IsW(child, "customXml") || DocxText.IsW(child, "sdtContent"))
                {
                    AddCells(DocxText.Child(child, "sdtContent") ?? child);
                }
            }
        }

        private static void AddParagraphs(Cell cell, OpenXmlElement container, bool nested)
        {
            foreach (OpenXmlElement child in container.ChildElements)
            {
                if (DocxText.IsW(child, "p"))
                {
                    string text = DocxText.Of(child, out bool drawing);
                    cell.Paragraphs.Add((child, text, drawing, nested));
                }
                else if (DocxText.IsW(child, "tbl"))
                {
                    // A nested table is flattened: its rows and cells in order, as paragraphs of this cell.
                    cell.HasNestedTable = true;
                    foreach (OpenXmlElement row in child.ChildElements.Where(e => DocxText.IsW(e, "tr")))
                    {
                        foreach (OpenXmlElement nestedCell in row.ChildElements.Where(e => DocxText.IsW(e, "tc")))
                        {
                            AddParagraphs(cell, nestedCell, nested: true);
                        }
                    }
                }
                else if (DocxText.IsW(child, "sdt") || DocxText.IsW(child, "customXml") || DocxText.IsW(child, "sdtContent"))
                {
                    AddParagraphs(cell, DocxText.Child(child, "sdtContent") ?? child, nested);
                }
            }
        }
    }
}
