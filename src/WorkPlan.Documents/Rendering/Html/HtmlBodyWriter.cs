using System.Globalization;
using WorkPlan.Documents.Rendering.Fonts;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Html;

/// <summary>The state of one HTML render: walks the layout tree and writes the elements.</summary>
/// <remarks>Not thread-safe; one per render.</remarks>
internal sealed class HtmlBodyWriter
{
    private readonly StyleResolver styles;
    private readonly TextWriter output;
    private readonly RuleMeasurements rules;
    private readonly Dictionary<(CellBox Box, CellVerticalAlignment Alignment), string> cellStyles = [];

    /// <summary>Creates the writer.</summary>
    /// <param name="styles">The styles of the render.</param>
    /// <param name="output">The output.</param>
    public HtmlBodyWriter(StyleResolver styles, TextWriter output)
    {
        this.styles = styles;
        this.output = output;
        rules = new RuleMeasurements(styles);
    }

    /// <summary>Writes the whole page.</summary>
    public void WriteDocument()
    {
        var document = styles.Document;
        output.Write("<!DOCTYPE html>\n<html lang=\"");
        HtmlText.Write(output, document.Language);
        output.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (document.Title is not null)
        {
            output.Write("<title>");
            HtmlText.Write(output, document.Title);
            output.Write("</title>\n");
        }

        output.Write("<style>\n");
        HtmlCssWriter.Write(output, styles);
        output.Write("</style>\n</head>\n<body>\n");
        var root = TextContext.Root(styles);
        for (int i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            output.Write("<section class=\"wp-section wp-s");
            output.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            output.Write("\">\n");
            WriteBlocks(section.Blocks, section.Page.ContentWidthPoints, root);
            output.Write("</section>\n");
        }

        output.Write("</body>\n</html>\n");
    }

    private void WriteBlocks(IReadOnlyList<LayoutBlock> blocks, double available, TextContext context)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    WriteParagraph(paragraph, context);
                    break;
                case LayoutTable table:
                    WriteTable(table, available, context);
                    break;
                case LayoutList list:
                    WriteList(list);
                    break;
                case LayoutRule rule:
                    WriteRule(rule, available);
                    break;
                case LayoutPageBreak:
                    output.Write("<div class=\"wp-page-break\"></div>\n");
                    break;
            }
        }
    }

    private void WriteParagraph(LayoutParagraph paragraph, TextContext context)
    {
        if (paragraph.IsRuleTarget)
        {
            rules.Record(paragraph, context.Effective(paragraph.ClassName));
        }

        output.Write("<p");
        WriteClass(paragraph.ClassName, paragraph.KeepWithNext ? "wp-keep-next" : null);
        if (paragraph.Id is not null)
        {
            output.Write(" id=\"");
            HtmlText.Write(output, paragraph.Id);
            output.Write('"');
        }

        output.Write('>');
        WriteInlines(paragraph.Content);
        output.Write("</p>\n");
    }

    private void WriteList(LayoutList list)
    {
        output.Write("<ul");
        WriteClass("wp-list", list.ClassName);
        output.Write(">\n");
        foreach (var item in list.Items)
        {
            output.Write("<li");
            WriteClass(item.ClassName, null);
            output.Write("><span class=\"wp-marker\">");
            HtmlText.Write(output, list.Marker);
            output.Write("</span> ");
            WriteInlines(item.Content);
            output.Write("</li>\n");
        }

        output.Write("</ul>\n");
    }

    private void WriteRule(LayoutRule rule, double available)
    {
        double length = rules.LengthOf(rule, available);
        var properties = styles.Class(rule.ClassName);
        string top = HtmlText.Pt(properties.MarginTop ?? 0);
        string bottom = HtmlText.Pt(properties.MarginBottom ?? 0);
        var (right, left) = rule.Alignment switch
        {
            RuleAlignment.Left => ("auto", "0"),
            RuleAlignment.Right => ("0", "auto"),
            _ => ("auto", "auto"),
        };
        output.Write("<div");
        WriteClass("wp-rule", rule.ClassName);
        output.Write(" style=\"width: ");
        output.Write(HtmlText.Pt(length));
        output.Write("; margin: ");
        output.Write(top + " " + right + " " + bottom + " " + left);
        output.Write("; border-top: ");
        output.Write(styles.RuleLine(rule).ToCss());
        output.Write(";\"></div>\n");
    }

    private void WriteTable(LayoutTable table, double available, TextContext context)
    {
        var inside = context.Enter(table.ClassName);
        double width = styles.TableWidth(table, available);
        double[] columns = table.ResolveColumnWidths(width);
        var grid = new TableBoxes(table, styles);

        output.Write("<table");
        WriteClass("wp-table", table.ClassName);
        output.Write(" style=\"width: ");
        output.Write(HtmlText.Pt(width));
        output.Write("\">\n<colgroup>");
        foreach (double column in columns)
        {
            output.Write("<col style=\"width: ");
            output.Write(HtmlText.Pt(column));
            output.Write("\">");
        }

        output.Write("</colgroup>\n");
        for (int r = 0; r < table.Rows.Count; r++)
        {
            if (r == 0)
            {
                output.Write(table.HeaderRows > 0 ? "<thead>\n" : "<tbody>\n");
            }
            else if (r == table.HeaderRows)
            {
                output.Write("</thead>\n<tbody>\n");
            }

            output.Write(table.RowsCanSplit ? "<tr>" : "<tr class=\"wp-keep\">");
            foreach (var cell in table.Rows[r].Cells)
            {
                WriteCell(cell, r, columns, grid, inside);
            }

            output.Write("</tr>\n");
        }

        output.Write(table.HeaderRows >= table.Rows.Count ? "</thead>\n</table>\n" : "</tbody>\n</table>\n");
    }

    private void WriteCell(LayoutTableCell cell, int row, double[] columns, TableBoxes grid, TextContext context)
    {
        output.Write("<td");
        WriteClass(cell.ClassName, null);
        if (cell.ColumnSpan > 1)
        {
            output.Write(" colspan=\"");
            output.Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
            output.Write('"');
        }

        if (cell.RowSpan > 1)
        {
            output.Write(" rowspan=\"");
            output.Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture));
            output.Write('"');
        }

        var box = grid.CellBox(cell, row);
        var valign = styles.VerticalAlignment(cell);
        if (!cellStyles.TryGetValue((box, valign), out string? style))
        {
            style = CellStyle(box, valign);
            cellStyles.Add((box, valign), style);
        }

        if (style.Length > 0)
        {
            output.Write(" style=\"");
            output.Write(style);
            output.Write('"');
        }

        output.Write('>');
        double width = -box.PaddingLeft - box.PaddingRight;
        for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
        {
            width += columns[c];
        }

        if (cell.Blocks.Count == 0)
        {
            output.Write("<p><br></p>");
        }
        else
        {
            output.Write('\n');
            WriteBlocks(cell.Blocks, Math.Max(width, 0), context.Enter(cell.ClassName));
        }

        output.Write("</td>");
    }

    private static string CellStyle(CellBox box, CellVerticalAlignment valign)
    {
        var style = new System.Text.StringBuilder();
        if (box.Top == box.Right && box.Top == box.Bottom && box.Top == box.Left)
        {
            if (!box.Top.IsNone)
            {
                style.Append("border: ").Append(box.Top.ToCss()).Append("; ");
            }
        }
        else
        {
            AppendSide(style, "border-top", box.Top);
            AppendSide(style, "border-right", box.Right);
            AppendSide(style, "border-bottom", box.Bottom);
            AppendSide(style, "border-left", box.Left);
        }

        if (box.PaddingTop != 0 || box.PaddingBottom != 0 || box.PaddingLeft != TableBoxes.DefaultHorizontalPadding || box.PaddingRight != TableBoxes.DefaultHorizontalPadding)
        {
            style.Append("padding: ").Append(HtmlText.Pt(box.PaddingTop)).Append(' ').Append(HtmlText.Pt(box.PaddingRight)).Append(' ')
                .Append(HtmlText.Pt(box.PaddingBottom)).Append(' ').Append(HtmlText.Pt(box.PaddingLeft)).Append("; ");
        }

        if (valign != CellVerticalAlignment.Top)
        {
            style.Append("vertical-align: ").Append(valign == CellVerticalAlignment.Middle ? "middle" : "bottom").Append("; ");
        }

        return style.ToString().TrimEnd();
    }

    private static void AppendSide(System.Text.StringBuilder style, string side, BorderLine line)
    {
        if (!line.IsNone)
        {
            style.Append(side).Append(": ").Append(line.ToCss()).Append("; ");
        }
    }

    private void WriteInlines(IReadOnlyList<LayoutInline> content)
    {
        if (content.Count == 0)
        {
            output.Write("<br>");
            return;
        }

        foreach (var inline in content)
        {
            switch (inline)
            {
                case LayoutText text:
                    OpenFormat(text.Format);
                    HtmlText.Write(output, text.Text);
                    CloseFormat(text.Format);
                    break;
                case LayoutLineBreak:
                    output.Write("<br>");
                    break;
                case LayoutPageNumber number:
                    OpenFormat(number.Format);
                    output.Write("<span class=\"wp-page-number\"></span>");
                    CloseFormat(number.Format);
                    break;
            }
        }

        // A line break at the very end makes an empty last line in Word; HTML needs a second <br> to show it.
        if (content[content.Count - 1] is LayoutLineBreak)
        {
            output.Write("<br>");
        }
    }

    private void OpenFormat(InlineFormat format)
    {
        if (format.ClassName is not null)
        {
            output.Write("<span class=\"");
            output.Write(format.ClassName);
            output.Write("\">");
        }

        if (format.Bold)
        {
            output.Write("<b>");
        }

        if (format.Italic)
        {
            output.Write("<i>");
        }

        if (format.Underline)
        {
            output.Write("<u>");
        }
    }

    private void CloseFormat(InlineFormat format)
    {
        if (format.Underline)
        {
            output.Write("</u>");
        }

        if (format.Italic)
        {
            output.Write("</i>");
        }

        if (format.Bold)
        {
            output.Write("</b>");
        }

        if (format.ClassName is not null)
        {
            output.Write("</span>");
        }
    }

    private void WriteClass(string? first, string? second)
    {
        if (first is null && second is null)
        {
            return;
        }

        output.Write(" class=\"");
        output.Write(first ?? second);
        if (first is not null && second is not null)
        {
            output.Write(' ');
            output.Write(second);
        }

        output.Write('"');
    }
}
