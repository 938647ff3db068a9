using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Benchmarks.Floor;

/// <summary>The floor's table pieces: table properties, grid, cells with their width, margins and merges.</summary>
internal static class FloorTables
{
    /// <summary>Word's default cell margins (0, 108 twips, 0, 108 twips), as the Normal Table style and each table state them.</summary>
    public static TableCellMarginDefault DefaultCellMargins() => new(
        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa });

    /// <summary>
    /// A fixed-layout table of the given width with no borders, or with 0.5 pt black lines everywhere; every cell's
    /// margins are the table's: <paramref name="cellTop"/> above, <paramref name="cellSide"/> left and right, none below.
    /// </summary>
    public static Table Start(double width, double[] columns, bool borders, double cellTop, double cellSide)
    {
        var grid = new TableGrid();
        foreach (double column in columns)
        {
            grid.AppendChild(new GridColumn { Width = Twips(column) });
        }

        return new Table(
            new TableProperties(
                new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    Border<TopBorder>(borders),
                    Border<LeftBorder>(borders),
                    Border<BottomBorder>(borders),
                    Border<RightBorder>(borders),
                    Border<InsideHorizontalBorder>(borders),
                    Border<InsideVerticalBorder>(borders)),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = Twips(cellTop), Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = short.Parse(Twips(cellSide), CultureInfo.InvariantCulture), Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = short.Parse(Twips(cellSide), CultureInfo.InvariantCulture), Type = TableWidthValues.Dxa })),
            grid);
    }

    /// <summary>A row; <paramref name="header"/> repeats it on every page. Every row is kept on one page.</summary>
    public static TableRow Row(bool header = false) =>
        new(new TableRowProperties(header ? [new CantSplit(), new TableHeader()] : [new CantSplit()]));

    /// <summary>A cell's properties: width, span, merge and vertical alignment (its margins are the table's).</summary>
    public static TableCellProperties CellProperties(double width, int span = 1, bool? mergeStart = null, bool middle = false)
    {
        var tcPr = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            tcPr.AppendChild(new GridSpan { Val = span });
        }

        if (mergeStart is { } start)
        {
            tcPr.AppendChild(start ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        if (middle)
        {
            tcPr.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        return tcPr;
    }

    /// <summary>Points to twips, rounded half away from zero, as text.</summary>
    public static string Twips(double points) =>
        ((int)Math.Round(points * 20.0, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);

    private static T Border<T>(bool line)
        where T : BorderType, new() => line
        ? new T { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" }
        : new T { Val = BorderValues.Nil };
}
