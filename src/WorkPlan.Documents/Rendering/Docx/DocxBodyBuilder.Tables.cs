using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Tables: fixed layout, grid from the column widths, borders from <c>borders</c> (tblBorders) and cell classes
/// (tcBorders), gridSpan for colspan, vMerge with synthesised continuation cells for rowspan, tblHeader on header
/// rows, cantSplit when rows must not split.
/// </summary>
internal sealed partial class DocxBodyBuilder
{
    private Table BuildTable(LayoutTable table, double available, TextContext context)
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
        var defaults = boxes.DefaultPadding;
        tblPr.AppendChild(new TableCellMarginDefault(
            new TopMargin { Width = WordUnits.TwipsText(defaults.PaddingTop), Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = (short)WordUnits.Twips(defaults.PaddingLeft), Type = TableWidthValues.Dxa },
            new BottomMargin { Width = WordUnits.TwipsText(defaults.PaddingBottom), Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = (short)WordUnits.Twips(defaults.PaddingRight), Type = TableWidthValues.Dxa }));

        var grid = new TableGrid();
        foreach (double column in columns)
        {
            grid.AppendChild(new GridColumn { Width = WordUnits.TwipsText(column) });
        }

        var result = new Table(tblPr, grid);
        int count = columns.Length;
        var covering = new LayoutTableCell?[count];
        var coveringRow = new int[count];
        var remaining = new int[count];
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var tr = new TableRow();
            if (row.IsHeader || !table.RowsCanSplit)
            {
                var trPr = new TableRowProperties();
                if (!table.RowsCanSplit)
                {
                    trPr.AppendChild(new CantSplit());
                }

                if (row.IsHeader)
                {
                    trPr.AppendChild(new TableHeader());
                }

                tr.AppendChild(trPr);
            }

            int next = 0;
            int c = 0;
            while (c < count)
            {
                if (remaining[c] > 0)
                {
                    var cover = covering[c]!;
                    remaining[c]--;
                    tr.AppendChild(BuildCell(cover, coveringRow[c], columns, boxes, inside, continuation: true));
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

                tr.AppendChild(BuildCell(cell, r, columns, boxes, inside, continuation: false));
                c += cell.ColumnSpan;
            }

            result.AppendChild(tr);
        }

        return result;
    }

    private TableCell BuildCell(LayoutTableCell cell, int row, double[] columns, TableBoxes boxes, TextContext context, bool continuation)
    {
        double width = 0;
        for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
        {
            width += columns[c];
        }

        var own = styles.Class(cell.ClassName);
        var box = boxes.CellBox(cell, row);
        var tcPr = new TableCellProperties(new TableCellWidth { Width = WordUnits.TwipsText(width), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1)
        {
            tcPr.AppendChild(new GridSpan { Val = cell.ColumnSpan });
        }

        if (cell.RowSpan > 1)
        {
            tcPr.AppendChild(continuation ? new VerticalMerge() : new VerticalMerge { Val = MergedCellValues.Restart });
        }

        var borders = new TableCellBorders();
        if (WordUnits.AppendSides(borders, own))
        {
            tcPr.AppendChild(borders);
        }

        if (own.PaddingTop is not null || own.PaddingLeft is not null || own.PaddingBottom is not null || own.PaddingRight is not null)
        {
            tcPr.AppendChild(new TableCellMargin(
                new TopMargin { Width = WordUnits.TwipsText(box.PaddingTop), Type = TableWidthUnitValues.Dxa },
                new LeftMargin { Width = WordUnits.TwipsText(box.PaddingLeft), Type = TableWidthUnitValues.Dxa },
                new BottomMargin { Width = WordUnits.TwipsText(box.PaddingBottom), Type = TableWidthUnitValues.Dxa },
                new RightMargin { Width = WordUnits.TwipsText(box.PaddingRight), Type = TableWidthUnitValues.Dxa }));
        }

        var valign = styles.VerticalAlignment(cell);
        if (valign != CellVerticalAlignment.Top)
        {
            tcPr.AppendChild(new TableCellVerticalAlignment
            {
                Val = valign == CellVerticalAlignment.Middle ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Bottom,
            });
        }

        var tc = new TableCell(tcPr);
        var inside = context.Enter(cell.ClassName);
        if (!continuation)
        {
            WriteBlocks(tc, cell.Blocks, Math.Max(width - box.PaddingLeft - box.PaddingRight, 0), inside, bodyLevel: false);
        }

        if (tc.LastChild is not Paragraph)
        {
            // Every cell ends with a paragraph (also after a nested table); an empty cell gets an empty one.
            tc.AppendChild(BuildParagraph(EmptyParagraph, inside));
        }

        return tc;
    }

    private static readonly LayoutParagraph EmptyParagraph = new(default, null, null, false, []);
}
