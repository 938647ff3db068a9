using System.Xml;

using static WorkPlan.Documents.Rendering.Layout.LayoutMarkupVocabulary;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>Tables: columns, rows, cells, and the check that every row covers the grid exactly.</summary>
internal sealed partial class MarkupParser
{
    private readonly List<List<LayoutBlock>> cellBlocks = [];
    private int cellDepth;

    private LayoutTable ParseTable()
    {
        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, TableAttributes, failAttribute);
        string? className = ClassAttribute(ClassUsage.Table);
        var borders = Choice("borders", TableBorders.None, BorderValues);
        int headerRows = Integer("header-rows", 0, HeaderRowsRange.Min, HeaderRowsRange.Max);
        bool rowsCanSplit = Boolean("rows-can-split", true);
        LayoutLength? width = attributes.Get("width") is null ? null : Length("width", default, allowPercent: true);

        var columns = new List<LayoutLength>();
        var rows = new List<LayoutTableRow>();
        var grid = new GridTracker();
        while (NextChildElement("table", depth))
        {
            if (xml.LocalName == "col")
            {
                if (rows.Count > 0)
                {
                    throw Error(Here(), "col", "every <col> must come before the first <tr>");
                }

                attributes.Load(xml, ColumnAttributes, failAttribute);
                if (attributes.Get("width") is null)
                {
                    throw Error(Here(), "col", "<col> needs a width (e.g. width=\"25%\" or width=\"30mm\")");
                }

                columns.Add(Length("width", default, allowPercent: true));
                SkipEmptyElement("col");
            }
            else if (xml.LocalName == "tr")
            {
                if (columns.Count == 0)
                {
                    throw Error(Here(), "tr", "a table declares its grid with <col width=\"…\"/> elements before the first <tr>");
                }

                if (rows.Count == 0)
                {
                    grid.Start(columns.Count);
                }

                rows.Add(ParseRow(grid, rows.Count, rows.Count < headerRows, headerRows));
            }
            else
            {
                throw Error(Here(), xml.LocalName, $"<table> holds <col> and <tr> elements, not <{xml.LocalName}>");
            }
        }

        if (rows.Count == 0)
        {
            throw Error(location, "table", "a <table> needs at least one <tr>");
        }

        if (grid.OpenSpan is { } open)
        {
            throw Error(open.Location, "td", $"rowspan=\"{open.RowSpan}\" reaches past the last row of the table");
        }

        if (headerRows > rows.Count)
        {
            throw Error(location, "table", $"header-rows=\"{headerRows}\" but the table has only {rows.Count} rows");
        }

        return new LayoutTable(location, className, borders, headerRows, rowsCanSplit, width, columns, rows);
    }

    private LayoutTableRow ParseRow(GridTracker grid, int rowIndex, bool isHeader, int headerRows)
    {
        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, NoAttributes, failAttribute);
        var cells = new List<LayoutTableCell>();
        grid.BeginRow();
        while (NextChildElement("tr", depth))
        {
            if (xml.LocalName != "td")
            {
                throw Error(Here(), xml.LocalName, $"<tr> holds only <td> elements, not <{xml.LocalName}>");
            }

            cells.Add(ParseCell(grid, rowIndex, headerRows));
        }

        int covered = grid.EndRow();
        if (covered != grid.ColumnCount)
        {
            throw Error(location, "tr", $"the row covers {covered} of the table's {grid.ColumnCount} columns (count colspan, and cells spanning down from rows above)");
        }

        return new LayoutTableRow(location, isHeader, cells);
    }

    private LayoutTableCell ParseCell(GridTracker grid, int rowIndex, int headerRows)
    {
        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, CellAttributes, failAttribute);
        string? className = ClassAttribute(ClassUsage.Cell);
        int columnSpan = Integer("colspan", 1, ColumnSpanRange.Min, ColumnSpanRange.Max);
        int rowSpan = Integer("rowspan", 1, RowSpanRange.Min, RowSpanRange.Max);
        CellVerticalAlignment? valign = Choice<CellVerticalAlignment?>("valign", null, ValignValues);
        if (rowIndex < headerRows && rowIndex + rowSpan > headerRows)
        {
            throw AttributeError("rowspan", $"a header-row cell cannot span into the body rows (header-rows=\"{headerRows}\")");
        }

        int column = grid.Place(columnSpan, rowSpan, location, out string? problem);
        if (problem is not null)
        {
            throw Error(location, "td", problem);
        }

        // Most cells hold one paragraph: collect into a reused list (one per nesting level: a cell can hold a table) and
        // keep an array of the exact size.
        List<LayoutBlock> blocks = cellBlocks.Count > cellDepth ? cellBlocks[cellDepth] : AddCellBlocks();
        cellDepth++;
        try
        {
            while (NextChildElement("td", depth))
            {
                blocks.Add(ParseBlock("td", blocks, allowPageBreak: false));
            }
        }
        finally
        {
            cellDepth--;
        }

        LayoutBlock[] content = blocks.Count == 0 ? [] : [.. blocks];
        blocks.Clear();
        return new LayoutTableCell(location, className, column, columnSpan, rowSpan, valign, content);
    }

    private List<LayoutBlock> AddCellBlocks()
    {
        var blocks = new List<LayoutBlock>();
        cellBlocks.Add(blocks);
        return blocks;
    }
}
