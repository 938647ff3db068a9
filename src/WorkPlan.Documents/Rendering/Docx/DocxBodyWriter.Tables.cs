using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Tables: fixed layout, grid from the column widths, borders from <c>borders</c> (tblBorders) and cell classes
/// (tcBorders), gridSpan for colspan, vMerge with synthesised continuation cells for rowspan, tblHeader on header
/// rows, cantSplit when rows must not split.
/// </summary>
internal sealed partial class DocxBodyWriter
{
    private readonly Dictionary<CellKey, byte[]> cellProperties = [];
    private readonly byte[]?[] rowProperties = new byte[]?[4];

    private void WriteTable(WordPartWriter xml, LayoutTable table, double available, TextContext context)
    {
        double width = styles.TableWidth(table, available);
        double[] columns = table.ResolveColumnWidths(width);
        var boxes = new TableBoxes(table, styles);
        var inside = context.Enter(table.ClassName);

        var tblPr = new TableProperties(
            new TableWidth { Width = WordUnits.TwipsText(width), Type = TableWidthUnitValues.Dxa },
            new DocumentFormat.OpenXml.Wordprocessing.TableBorders(
                WordUnits.Border<TopBorder>(boxes.Outer),
                WordUnits.Border<LeftBorder>(boxes.Outer),
                WordUnits.Border<BottomBorder>(boxes.Outer),
                WordUnits.Border<RightBorder>(boxes.Outer),
                WordUnits.Border<InsideHorizontalBorder>(boxes.Inner),
                WordUnits.Border<InsideVerticalBorder>(boxes.Inner)),
            new TableLayout { Type = TableLayoutValues.Fixed });
        var defaults = CommonPadding(table, boxes);
        tblPr.AppendChild(new TableCellMarginDefault(
            new TopMargin { Width = WordUnits.TwipsText(defaults.Top), Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = WordUnits.ShortTwips(defaults.Left), Type = TableWidthValues.Dxa },
            new BottomMargin { Width = WordUnits.TwipsText(defaults.Bottom), Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = WordUnits.ShortTwips(defaults.Right), Type = TableWidthValues.Dxa }));

        var grid = new TableGrid();
        foreach (double column in columns)
        {
            grid.AppendChild(new GridColumn { Width = WordUnits.TwipsText(column) });
        }

        xml.Start("tbl");
        xml.Raw(Encoded(tblPr));
        xml.Raw(Encoded(grid));
        int count = columns.Length;
        var covering = new LayoutTableCell?[count];
        var coveringRow = new int[count];
        var remaining = new int[count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            xml.Start("tr");
            if (row.IsHeader || !table.RowsCanSplit)
            {
                xml.Raw(RowProperties(cantSplit: !table.RowsCanSplit, header: row.IsHeader));
            }

            int next = 0;
            int c = 0;
            while (c < count)
            {
                if (remaining[c] > 0)
                {
                    var cover = covering[c]!;
                    remaining[c]--;
                    WriteCell(xml, cover, coveringRow[c], columns, boxes, defaults, inside, continuation: true);
                    c += cover.ColumnSpan;
                    continue;
                }

                var cell = row.Cells[next++];
                if (cell.RowSpan > 1)
                {
                    covering[c] = cell;
                    coveringRow[c] = r;
                    remaining[c] = cell.RowSpan - 1;
                }

                WriteCell(xml, cell, r, columns, boxes, defaults, inside, continuation: false);
                c += cell.ColumnSpan;
            }

            xml.End();
        }

        xml.End();
    }

    /// <summary>The trPr of a row that must not split, repeats as a heading, or both.</summary>
    private byte[] RowProperties(bool cantSplit, bool header)
    {
        int index = (cantSplit ? 1 : 0) | (header ? 2 : 0);
        if (rowProperties[index] is { } cached)
        {
            return cached;
        }

        var trPr = new TableRowProperties();
        if (cantSplit)
        {
            trPr.AppendChild(new CantSplit());
        }

        if (header)
        {
            trPr.AppendChild(new TableHeader());
        }

        return rowProperties[index] = Encoded(trPr);
    }

    private void WriteCell(WordPartWriter xml, LayoutTableCell cell, int row, double[] columns, TableBoxes boxes, CellPadding defaults, TextContext context, bool continuation)
    {
        double width = 0;
        for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
        {
            width += columns[c];
        }

        var box = boxes.CellBox(cell, row);
        var valign = styles.VerticalAlignment(cell);
        var key = new CellKey(
            width,
            cell.ColumnSpan,
            cell.RowSpan > 1 ? (continuation ? CellMerge.Continue : CellMerge.Restart) : CellMerge.None,
            cell.ClassName,
            new CellPadding(box.PaddingTop, box.PaddingRight, box.PaddingBottom, box.PaddingLeft),
            defaults,
            valign);
        if (!cellProperties.TryGetValue(key, out byte[]? tcPr))
        {
            tcPr = Encoded(CellProperties(key));
            cellProperties.Add(key, tcPr);
        }

        xml.Start("tc");
        xml.Raw(tcPr);
        var inside = context.Enter(cell.ClassName);
        var last = LastChild.None;
        if (!continuation)
        {
            last = WriteBlocks(xml, cell.Blocks, Math.Max(width - box.PaddingLeft - box.PaddingRight, 0), inside, bodyLevel: false, last);
        }

        if (last != LastChild.Paragraph)
        {
            // Every cell ends with a paragraph (also after a nested table); an empty cell gets an empty one.
            WriteParagraph(xml, EmptyParagraph, inside, sectPr: null);
        }

        xml.End();
    }

    private TableCellProperties CellProperties(CellKey key)
    {
        var own = styles.Class(key.ClassName);
        var tcPr = new TableCellProperties(new TableCellWidth { Width = WordUnits.TwipsText(key.Width), Type = TableWidthUnitValues.Dxa });
        if (key.ColumnSpan > 1)
        {
            tcPr.AppendChild(new GridSpan { Val = key.ColumnSpan });
        }

        if (key.Merge != CellMerge.None)
        {
            tcPr.AppendChild(key.Merge == CellMerge.Continue ? new VerticalMerge() : new VerticalMerge { Val = MergedCellValues.Restart });
        }

        var borders = new TableCellBorders();
        if (WordUnits.AppendSides(borders, own))
        {
            tcPr.AppendChild(borders);
        }

        // Only the sides that differ from the table's default margins (tblCellMar); Word and LibreOffice take the
        // others from the table.
        var padding = key.Padding;
        var table = key.TableDefault;
        if (padding != table)
        {
            var tcMar = new TableCellMargin();
            if (WordUnits.Twips(padding.Top) != WordUnits.Twips(table.Top))
            {
                tcMar.AppendChild(new TopMargin { Width = WordUnits.TwipsText(padding.Top), Type = TableWidthUnitValues.Dxa });
            }

            if (WordUnits.Twips(padding.Left) != WordUnits.Twips(table.Left))
            {
                tcMar.AppendChild(new LeftMargin { Width = WordUnits.TwipsText(padding.Left), Type = TableWidthUnitValues.Dxa });
            }

            if (WordUnits.Twips(padding.Bottom) != WordUnits.Twips(table.Bottom))
            {
                tcMar.AppendChild(new BottomMargin { Width = WordUnits.TwipsText(padding.Bottom), Type = TableWidthUnitValues.Dxa });
            }

            if (WordUnits.Twips(padding.Right) != WordUnits.Twips(table.Right))
            {
                tcMar.AppendChild(new RightMargin { Width = WordUnits.TwipsText(padding.Right), Type = TableWidthUnitValues.Dxa });
            }

            if (tcMar.HasChildren)
            {
                tcPr.AppendChild(tcMar);
            }
        }

        if (key.VerticalAlignment != CellVerticalAlignment.Top)
        {
            tcPr.AppendChild(new TableCellVerticalAlignment
            {
                Val = key.VerticalAlignment == CellVerticalAlignment.Middle ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Bottom,
            });
        }

        return tcPr;
    }

    /// <summary>
    /// The table's default cell margins: the padding most of its cells have (the first such in reading order on a
    /// tie), so that only cells padded differently carry margins of their own. Every cell's margins stay what its
    /// class and the table's make them.
    /// </summary>
    private static CellPadding CommonPadding(LayoutTable table, TableBoxes boxes)
    {
        var counts = new Dictionary<CellPadding, int>();
        var common = Padding(boxes.DefaultPadding);
        int best = 0;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            foreach (var cell in table.Rows[r].Cells)
            {
                var padding = Padding(boxes.CellBox(cell, r));
                counts.TryGetValue(padding, out int count);
                counts[padding] = ++count;
                if (count > best)
                {
                    best = count;
                    common = padding;
                }
            }
        }

        return common;
    }

    private static CellPadding Padding(CellBox box) => new(box.PaddingTop, box.PaddingRight, box.PaddingBottom, box.PaddingLeft);

    private static readonly LayoutParagraph EmptyParagraph = new(default, null, null, false, []);

    private enum CellMerge
    {
        None,
        Restart,
        Continue,
    }

    /// <summary>Everything a cell's tcPr is made of (the class stands for its own borders).</summary>
    private readonly record struct CellKey(
        double Width,
        int ColumnSpan,
        CellMerge Merge,
        string? ClassName,
        CellPadding Padding,
        CellPadding TableDefault,
        CellVerticalAlignment VerticalAlignment);

    /// <summary>A cell's padding, in points.</summary>
    private readonly record struct CellPadding(double Top, double Right, double Bottom, double Left);
}
