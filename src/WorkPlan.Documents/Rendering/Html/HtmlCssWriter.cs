using System.Text;
using WorkPlan.Documents.Rendering.Fonts;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Html;

/// <summary>
/// Writes the content of the HTML <c>&lt;style&gt;</c> element: the engine's base rules (which zero the browser's
/// defaults the way the DOCX writer zeroes Word's), <c>body</c>, one rule per class the document uses (normalised
/// from the parsed stylesheet, so both outputs read the same values), and the named pages of the sections.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class HtmlCssWriter
{
    private const string BaseRules =
        "*, *::before, *::after { box-sizing: border-box; }\n" +
        "p, li { margin: 0; padding: 0; white-space: pre-wrap; overflow-wrap: break-word; }\n" +
        "ul.wp-list { list-style: none; margin: 0; padding: 0; }\n" +
        "table.wp-table { border-collapse: collapse; table-layout: fixed; }\n" +
        "table.wp-table > * > tr > td { padding: 0 5.4pt; vertical-align: top; }\n" +
        // A row that must not split keeps its own cells whole, but not the day cell that spans it and its neighbours
        // (rowspan): kept whole, that cell pushed a whole day to the next page and left up to a third of a page blank
        // (Chromium); now a day splits between rows, its cell continuing on the next page, as Word and LibreOffice
        // split the .docx (rows "cantSplit", the merged day cell continued).
        "tr.wp-keep > td:not([rowspan]) { break-inside: avoid; }\n" +
        ".wp-rule { height: 1pt; font-size: 0; line-height: 0; }\n" +
        ".wp-page-break { break-after: page; height: 0; }\n" +
        ".wp-section + .wp-section { break-before: page; }\n" +
        ".wp-keep-next { break-after: avoid; }\n";

    /// <summary>Writes the style sheet of the document.</summary>
    /// <param name="output">The output, inside <c>&lt;style&gt;</c>.</param>
    /// <param name="styles">The styles of the render.</param>
    public static void Write(TextWriter output, StyleResolver styles)
    {
        var css = new StringBuilder(4096);
        css.Append(BaseRules);
        css.Append("body { margin: 0; font-kerning: none; font-variant-ligatures: none; ");
        AppendText(css, styles.Body.Merge(new StyleProperties
        {
            FontSize = styles.Body.FontSize ?? StyleResolver.DefaultFontSize,
            LineHeight = styles.Body.LineHeight ?? new LineHeight(1.0, false),
        }));
        css.Append("}\n");

        foreach (string name in styles.Sheet.ClassNames)
        {
            var usage = styles.UsageOf(name);
            if (usage == ClassUsage.None)
            {
                continue;
            }

            int start = css.Length;
            css.Append('.').Append(name).Append(" { ");
            int declarations = css.Length;
            var properties = styles.Class(name);
            AppendText(css, properties);
            if ((usage & ClassUsage.Paragraph) != 0)
            {
                AppendParagraphBox(css, properties);
            }

            if (css.Length == declarations)
            {
                css.Length = start;
                continue;
            }

            css.Append("}\n");
        }

        var sections = styles.Document.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            AppendPage(css, sections[i], "wp-s" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), i == 0, styles);
        }

        output.Write(css.ToString());
    }

    /// <summary>Appends the inheritable text properties as CSS declarations.</summary>
    internal static void AppendText(StringBuilder css, StyleProperties p)
    {
        if (p.FontFamilyCss is not null)
        {
            css.Append("font-family: ").Append(FamilyList(p.FontFamilyCss)).Append("; ");
        }

        if (p.FontSize is { } size)
        {
            css.Append("font-size: ").Append(HtmlText.Pt(size)).Append("; ");
        }

        if (p.Bold is { } bold)
        {
            css.Append(bold ? "font-weight: bold; " : "font-weight: normal; ");
        }

        if (p.Italic is { } italic)
        {
            css.Append(italic ? "font-style: italic; " : "font-style: normal; ");
        }

        if (p.Uppercase is { } upper)
        {
            css.Append(upper ? "text-transform: uppercase; " : "text-transform: none; ");
        }

        if (p.Underline is { } underline)
        {
            css.Append(underline ? "text-decoration: underline; " : "text-decoration: none; ");
        }

        if (p.Color is { } color)
        {
            css.Append("color: #").Append(color).Append("; ");
        }

        if (p.TextAlign is { } align)
        {
            css.Append("text-align: ").Append(align.ToString().ToLowerInvariant()).Append("; ");
        }

        if (p.TextIndent is { } indent)
        {
            css.Append("text-indent: ").Append(HtmlText.Pt(indent)).Append("; ");
        }

        if (p.LineHeight is { } line)
        {
            css.Append("line-height: ")
                .Append(line.IsExact ? HtmlText.Pt(line.Value) : HtmlText.Number(line.Value * FontFace.SingleLineHeight))
                .Append("; ");
        }
    }

    /// <summary>
    /// Appends the box of a paragraph: left/right margins, and top/bottom margins as padding, because Word adds the
    /// space after one paragraph to the space before the next where CSS margins would collapse; and borders.
    /// </summary>
    private static void AppendParagraphBox(StringBuilder css, StyleProperties p)
    {
        if (p.MarginLeft is { } left)
        {
            css.Append("margin-left: ").Append(HtmlText.Pt(left)).Append("; ");
        }

        if (p.MarginRight is { } right)
        {
            css.Append("margin-right: ").Append(HtmlText.Pt(right)).Append("; ");
        }

        if (p.MarginTop is { } top)
        {
            css.Append("padding-top: ").Append(HtmlText.Pt(top)).Append("; ");
        }

        if (p.MarginBottom is { } bottom)
        {
            css.Append("padding-bottom: ").Append(HtmlText.Pt(bottom)).Append("; ");
        }

        AppendBorder(css, "border-top", p.BorderTop);
        AppendBorder(css, "border-right", p.BorderRight);
        AppendBorder(css, "border-bottom", p.BorderBottom);
        AppendBorder(css, "border-left", p.BorderLeft);
    }

    private static void AppendBorder(StringBuilder css, string side, BorderLine? line)
    {
        if (line is { } l)
        {
            css.Append(side).Append(": ").Append(l.ToCss()).Append("; ");
        }
    }

    /// <summary>
    /// Appends a section's named page. Its page numbers: the document's page counter, with the header left off the
    /// first page by <c>:first</c>, which matches the document's first page only. A later section whose numbering
    /// restarts (an annex: "Số trang của Phụ lục được đánh số riêng") counts its own pages with a counter of its own,
    /// <c>{name}-page</c>, incremented per page of that name (Chromium counts page-context counters this way); when its
    /// first page hides the header, a counter style that leaves the first number blank does what <c>:first</c> cannot
    /// (only the number is left off there, not other header text).
    /// </summary>
    private static void AppendPage(StringBuilder css, LayoutSection section, string name, bool isFirstSection, StyleResolver styles)
    {
        var page = section.Page;
        bool ownCounter = page.Numbering == PageNumbering.Restart;
        bool hideFirstNumber = ownCounter && !isFirstSection && page.FirstPageHeader == FirstPageHeader.Hidden;
        string counter = !ownCounter ? "counter(page)"
            : hideFirstNumber ? "counter(" + name + "-page, " + name + "-number)"
            : "counter(" + name + "-page)";
        if (ownCounter && page.NumberingStart != 1)
        {
            css.Append(":root { counter-reset: ").Append(name).Append("-page ")
                .Append((page.NumberingStart - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("; }\n");
        }

        if (hideFirstNumber)
        {
            css.Append("@counter-style ").Append(name).Append("-number { system: extends decimal; range: ")
                .Append((page.NumberingStart + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(" infinite; fallback: wp-blank-number; }\n");
            css.Append("@counter-style wp-blank-number { system: cyclic; symbols: \" \"; suffix: \"\"; }\n");
        }

        string size = HtmlText.Pt(page.PageWidthPoints) + " " + HtmlText.Pt(page.PageHeightPoints);
        string margins = HtmlText.Pt(page.MarginTop.Value) + " " + HtmlText.Pt(page.MarginRight.Value) + " "
            + HtmlText.Pt(page.MarginBottom.Value) + " " + HtmlText.Pt(page.MarginLeft.Value);
        css.Append('.').Append(name).Append(" { page: ").Append(name).Append("; }\n");
        css.Append("@page ").Append(name).Append(" { ");
        if (ownCounter)
        {
            css.Append("counter-increment: ").Append(name).Append("-page; ");
        }

        css.Append("size: ").Append(size).Append("; margin: ").Append(margins).Append("; ");
        if (section.Header.Count > 0)
        {
            AppendHeaderBox(css, section, counter, styles);
        }

        css.Append("}\n");
        if (section.Header.Count > 0 && page.FirstPageHeader == FirstPageHeader.Hidden && isFirstSection)
        {
            css.Append("@page ").Append(name).Append(":first { @top-left { content: none; } @top-center { content: none; } @top-right { content: none; } }\n");
        }

        css.Append("@media screen { .").Append(name).Append(" { width: ").Append(HtmlText.Pt(page.PageWidthPoints))
            .Append("; min-height: ").Append(HtmlText.Pt(page.PageHeightPoints)).Append("; padding: ").Append(margins)
            .Append("; margin: 12pt auto; background: #fff; box-shadow: 0 0 4pt rgba(0, 0, 0, 0.3); } }\n");
    }

    /// <summary>
    /// Appends the page-margin box that prints the page header: the box follows the first paragraph's alignment; the
    /// content is the paragraphs' text with <c>counter(page)</c> for the page number, one line per paragraph.
    /// </summary>
    private static void AppendHeaderBox(StringBuilder css, LayoutSection section, string counter, StyleResolver styles)
    {
        var first = styles.Body.Merge(styles.Class(section.Header[0].ClassName));
        string box = first.TextAlign switch
        {
            TextAlignment.Center => "@top-center",
            TextAlignment.Right => "@top-right",
            _ => "@top-left",
        };
        var content = new StringBuilder();
        for (int i = 0; i < section.Header.Count; i++)
        {
            if (i > 0)
            {
                content.Append(" \"\\A\" ");
            }

            var text = new StringBuilder();
            foreach (var inline in section.Header[i].Content)
            {
                switch (inline)
                {
                    case LayoutText t:
                        text.Append(t.Text);
                        break;
                    case LayoutLineBreak:
                        text.Append('\n');
                        break;
                    case LayoutPageNumber:
                        if (text.Length > 0)
                        {
                            content.Append(HtmlText.CssString(text.ToString())).Append(' ');
                            text.Clear();
                        }

                        content.Append(counter).Append(' ');
                        break;
                }
            }

            if (text.Length > 0 || content.Length == 0)
            {
                content.Append(HtmlText.CssString(text.ToString()));
            }
        }

        css.Append(box).Append(" { content: ").Append(content.ToString().Trim()).Append("; white-space: pre; vertical-align: top; padding-top: ")
            .Append(HtmlText.Pt(section.Page.HeaderMargin.Value)).Append("; ");
        AppendText(css, first with { TextAlign = null, TextIndent = null, LineHeight = null });
        css.Append("} ");
    }

    /// <summary>Re-writes a font-family list safely: generic families bare, every other family as a CSS string.</summary>
    private static string FamilyList(string list)
    {
        var result = new StringBuilder();
        foreach (string raw in list.Split(','))
        {
            string family = raw.Trim();
            if (family.Length >= 2 && (family[0] == '"' || family[0] == '\'') && family[family.Length - 1] == family[0])
            {
                family = family.Substring(1, family.Length - 2);
            }

            if (family.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(", ");
            }

            bool generic = family is "serif" or "sans-serif" or "monospace" or "cursive" or "fantasy" or "system-ui";
            result.Append(generic ? family : HtmlText.CssString(family));
        }

        return result.ToString();
    }
}
