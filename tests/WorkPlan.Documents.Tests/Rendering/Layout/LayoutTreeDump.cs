using System.Globalization;
using System.Text;
using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Tests.Rendering.Layout;

/// <summary>Prints a layout tree as indented text, one node per line, for expected-output files.</summary>
internal static class LayoutTreeDump
{
    public static string Dump(LayoutDocument document)
    {
        var text = new StringBuilder();
        text.Append("document lang=").Append(document.Language);
        if (document.Title is not null)
        {
            text.Append(" title=").Append(Quote(document.Title));
        }

        text.Append('\n');
        text.Append("  classes ").Append(string.Join(" ", document.Classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + ":" + c.Value.Usage))).Append('\n');
        foreach (var section in document.Sections)
        {
            var page = section.Page;
            text.Append("  section ").Append(page.Paper).Append(' ').Append(page.Orientation)
                .Append(" margins=").Append(page.MarginTop).Append(',').Append(page.MarginRight).Append(',')
                .Append(page.MarginBottom).Append(',').Append(page.MarginLeft)
                .Append(" header=").Append(page.HeaderMargin).Append(" footer=").Append(page.FooterMargin)
                .Append(" numbering=").Append(page.Numbering);
            if (page.Numbering == PageNumbering.Restart)
            {
                text.Append('@').Append(page.NumberingStart);
            }

            text.Append(" first-page-header=").Append(page.FirstPageHeader).Append('\n');
            if (section.Header.Count > 0)
            {
                text.Append("    page-header\n");
                foreach (var p in section.Header)
                {
                    Block(text, p, 3);
                }
            }

            foreach (var block in section.Blocks)
            {
                Block(text, block, 2);
            }
        }

        return text.ToString();
    }

    private static void Block(StringBuilder text, LayoutBlock block, int depth)
    {
        Indent(text, depth);
        switch (block)
        {
            case LayoutParagraph p:
                text.Append('p').Append(Class(p.ClassName));
                if (p.Id is not null)
                {
                    text.Append(" id=").Append(p.Id);
                }

                if (p.KeepWithNext)
                {
                    text.Append(" keep-with-next");
                }

                text.Append(" @").Append(p.Location.Line).Append(':').Append(p.Location.Column).Append('\n');
                Inlines(text, p.Content, depth + 1);
                break;
            case LayoutList list:
                text.Append("ul").Append(Class(list.ClassName)).Append(" marker=").Append(Quote(list.Marker)).Append('\n');
                foreach (var item in list.Items)
                {
                    Indent(text, depth + 1);
                    text.Append("li").Append(Class(item.ClassName)).Append('\n');
                    Inlines(text, item.Content, depth + 2);
                }

                break;
            case LayoutRule rule:
                text.Append("rule").Append(Class(rule.ClassName))
                    .Append(" length=").Append(rule.Fraction.ToString("0.####", CultureInfo.InvariantCulture))
                    .Append(" of=p@").Append(rule.Target.Location.Line).Append(':').Append(rule.Target.Location.Column)
                    .Append(" align=").Append(rule.Alignment).Append('\n');
                break;
            case LayoutPageBreak:
                text.Append("page-break\n");
                break;
            case LayoutTable table:
                text.Append("table").Append(Class(table.ClassName)).Append(" borders=").Append(table.Borders)
                    .Append(" header-rows=").Append(table.HeaderRows).Append(" rows-can-split=").Append(table.RowsCanSplit)
                    .Append(" width=").Append(table.Width?.ToString() ?? "-").Append(" cols=[").Append(string.Join(",", table.Columns)).Append("]\n");
                foreach (var row in table.Rows)
                {
                    Indent(text, depth + 1);
                    text.Append(row.IsHeader ? "tr header\n" : "tr\n");
                    foreach (var cell in row.Cells)
                    {
                        Indent(text, depth + 2);
                        text.Append("td").Append(Class(cell.ClassName)).Append(" col=").Append(cell.Column)
                            .Append(" colspan=").Append(cell.ColumnSpan).Append(" rowspan=").Append(cell.RowSpan)
                            .Append(" valign=").Append(cell.VerticalAlignment?.ToString() ?? "-").Append('\n');
                        foreach (var inner in cell.Blocks)
                        {
                            Block(text, inner, depth + 3);
                        }
                    }
                }

                break;
            default:
                throw new InvalidOperationException(block.GetType().Name);
        }
    }

    private static void Inlines(StringBuilder text, IReadOnlyList<LayoutInline> inlines, int depth)
    {
        foreach (var inline in inlines)
        {
            Indent(text, depth);
            string kind = inline switch
            {
                LayoutText => "text",
                LayoutLineBreak => "br",
                LayoutPageNumber => "page-number",
                _ => throw new InvalidOperationException(inline.GetType().Name),
            };
            text.Append(kind);
            var f = inline.Format;
            if (!f.IsPlain)
            {
                var flags = new List<string>();
                if (f.ClassName is not null)
                {
                    flags.Add("." + f.ClassName);
                }

                if (f.Bold)
                {
                    flags.Add("b");
                }

                if (f.Italic)
                {
                    flags.Add("i");
                }

                if (f.Underline)
                {
                    flags.Add("u");
                }

                text.Append('[').Append(string.Join(",", flags)).Append(']');
            }

            if (inline is LayoutText t)
            {
                text.Append(' ').Append(Quote(t.Text));
            }

            text.Append('\n');
        }
    }

    private static string Class(string? name) => name is null ? string.Empty : "." + name;

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\"", "\\\"") + "\"";

    private static void Indent(StringBuilder text, int depth) => text.Append(' ', depth * 2);
}
