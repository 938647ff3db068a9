using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Fonts;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Writes <c>word/document.xml</c> and the header parts from the layout tree, streaming: paragraphs, runs, tables,
/// rows and cells go straight to the part's <see cref="WordPartWriter"/>; their properties (pPr, rPr, trPr, tcPr) are
/// built as Open XML SDK elements once per distinct value and repeated as text (<see cref="OpenXmlFragment"/>).
/// This part holds sections, paragraphs, lists, rules and page breaks; tables and runs are in the other parts.
/// </summary>
/// <remarks>One per render; not thread-safe.</remarks>
internal sealed partial class DocxBodyWriter : IDisposable
{
    private readonly StyleResolver styles;
    private readonly WordStyleIds ids;
    private readonly RuleMeasurements rules;
    private readonly NumberingPartBuilder numbering;
    private readonly OpenXmlFragment fragments = new();
    private readonly Dictionary<(TextContext Context, string? StyleClass), StyleProperties> directCache = [];
    private readonly Dictionary<ParagraphKey, byte[]?> paragraphProperties = [];
    private readonly Dictionary<ListItemKey, byte[]> listItemProperties = [];
    private bool pendingPageBreak;
    private byte[]? spacer;
    private byte[]? pageBreak;

    /// <summary>What the last child written into a container (body or cell) was.</summary>
    private enum LastChild
    {
        None,
        Paragraph,
        Table,
    }

    /// <summary>Prepares the writer.</summary>
    /// <param name="styles">The styles of the render.</param>
    /// <param name="ids">Which classes are which Word styles.</param>
    /// <param name="numbering">Collects the list definitions.</param>
    public DocxBodyWriter(StyleResolver styles, WordStyleIds ids, NumberingPartBuilder numbering)
    {
        this.styles = styles;
        this.ids = ids;
        this.numbering = numbering;
        rules = new RuleMeasurements(styles);
    }

    /// <summary>Releases the fragment writer.</summary>
    public void Dispose() => fragments.Dispose();

    /// <summary>Writes <c>word/document.xml</c>: every section's blocks and section properties.</summary>
    /// <param name="sections">The section properties, planned up front.</param>
    /// <returns>The part's text, in a pooled buffer the caller disposes.</returns>
    public WordPartWriter WriteDocument(SectionBuilder sections)
    {
        var xml = new WordPartWriter("document", declareRelationships: true);
        try
        {
            WriteBody(xml, sections);
            return xml;
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    private void WriteBody(WordPartWriter xml, SectionBuilder sections)
    {
        xml.Start("body");
        var root = TextContext.Root(styles);
        var sectionList = styles.Document.Sections;
        for (int i = 0; i < sectionList.Count; i++)
        {
            var section = sectionList[i];
            var sectPr = sections.Properties[i];
            bool last = i == sectionList.Count - 1;

            // Word takes a section's properties from the paragraph that ends it (the last section's from the body),
            // so they ride on the section's last paragraph, or on an empty one when the section ends otherwise.
            var carrier = last ? null : SectionCarrier(section.Blocks);
            pendingPageBreak = false;
            WriteBlocks(xml, section.Blocks, section.Page.ContentWidthPoints, root, bodyLevel: true, LastChild.None, carrier, sectPr);
            pendingPageBreak = false;
            if (last)
            {
                xml.Raw(Encoded(sectPr));
            }
            else if (carrier is null)
            {
                xml.Start("p");
                xml.Raw(Encoded(new ParagraphProperties(sectPr)));
                xml.End();
            }
        }

        xml.End();
        xml.End();
    }

    /// <summary>Writes a header part (<c>w:hdr</c>).</summary>
    /// <param name="paragraphs">The header's paragraphs; none for the empty header.</param>
    /// <returns>The part's text, in a pooled buffer the caller disposes.</returns>
    public WordPartWriter WriteHeader(IReadOnlyList<LayoutParagraph> paragraphs)
    {
        var xml = new WordPartWriter("hdr", declareRelationships: false);
        try
        {
            if (paragraphs.Count == 0)
            {
                xml.Start("p");
                xml.End();
            }

            var root = TextContext.Root(styles);
            foreach (var paragraph in paragraphs)
            {
                WriteParagraph(xml, paragraph, root, sectPr: null);
            }

            xml.EndAll();
            return xml;
        }
        catch
        {
            xml.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Returns the block whose last paragraph ends the section, or null when the section writes nothing or ends with a
    /// table (page breaks at the end of a section write nothing, nor do empty lists).
    /// </summary>
    private static LayoutBlock? SectionCarrier(IReadOnlyList<LayoutBlock> blocks)
    {
        for (int i = blocks.Count - 1; i >= 0; i--)
        {
            switch (blocks[i])
            {
                case LayoutParagraph or LayoutRule:
                    return blocks[i];
                case LayoutList list when list.Items.Count > 0:
                    return list;
                case LayoutTable:
                    return null;
            }
        }

        return null;
    }

    private LastChild WriteBlocks(
        WordPartWriter xml,
        IReadOnlyList<LayoutBlock> blocks,
        double available,
        TextContext context,
        bool bodyLevel,
        LastChild last,
        LayoutBlock? carrier = null,
        SectionProperties? sectPr = null)
    {
        foreach (var block in blocks)
        {
            var carried = ReferenceEquals(block, carrier) ? sectPr : null;
            switch (block)
            {
                case LayoutParagraph paragraph:
                    WriteParagraph(xml, paragraph, context, carried);
                    last = LastChild.Paragraph;
                    break;
                case LayoutList list:
                    WriteList(xml, list, context, carried);
                    last = list.Items.Count > 0 ? LastChild.Paragraph : last;
                    break;
                case LayoutRule rule:
                    WriteRule(xml, rule, available, carried);
                    last = LastChild.Paragraph;
                    break;
                case LayoutTable table:
                    if (FlushPageBreak(xml))
                    {
                        last = LastChild.Paragraph;
                    }

                    if (last == LastChild.Table)
                    {
                        // Word joins two tables that touch into one; a 1 pt paragraph keeps them apart.
                        xml.Start("p");
                        xml.Raw(Spacer);
                        xml.End();
                    }

                    WriteTable(xml, table, available, context);
                    last = LastChild.Table;
                    break;
                case LayoutPageBreak:
                    pendingPageBreak = bodyLevel;
                    break;
            }
        }

        return last;
    }

    private void WriteParagraph(WordPartWriter xml, LayoutParagraph paragraph, TextContext context, SectionProperties? sectPr)
    {
        if (paragraph.IsRuleTarget)
        {
            rules.Record(paragraph, context.Effective(paragraph.ClassName));
        }

        string? styleClass = paragraph.ClassName ?? context.ParagraphStyleClass;
        var direct = Direct(context, styleClass);
        xml.Start("p");
        if (sectPr is null)
        {
            var key = new ParagraphKey(styleClass, paragraph.KeepWithNext, pendingPageBreak, new(direct));
            if (!paragraphProperties.TryGetValue(key, out byte[]? pPr))
            {
                var element = ParagraphProperties(styleClass, paragraph.KeepWithNext, pendingPageBreak, direct);
                pPr = element is null ? null : Encoded(element);
                paragraphProperties.Add(key, pPr);
            }

            if (pPr is not null)
            {
                xml.Raw(pPr);
            }
        }
        else
        {
            var pPr = ParagraphProperties(styleClass, paragraph.KeepWithNext, pendingPageBreak, direct) ?? new ParagraphProperties();
            pPr.AppendChild(sectPr.CloneNode(true));
            xml.Raw(Encoded(pPr));
        }

        pendingPageBreak = false;
        WriteRuns(xml, paragraph.Content, direct);
        xml.End();
    }

    private void WriteList(WordPartWriter xml, LayoutList list, TextContext context, SectionProperties? sectPr)
    {
        var inside = context.Enter(list.ClassName);
        int numberId = numbering.NumberIdFor(list.Marker);
        for (int i = 0; i < list.Items.Count; i++)
        {
            var item = list.Items[i];
            string? styleClass = item.ClassName ?? inside.ParagraphStyleClass;
            var direct = Direct(inside, styleClass);

            // Word and LibreOffice let a numbered paragraph's list level decide its indents unless the paragraph
            // itself sets them, so the item's own indents (style and inherited) are repeated as direct formatting.
            var effective = inside.Effective(item.ClassName);
            var key = new ListItemKey(
                styleClass,
                pendingPageBreak,
                numberId,
                new(direct),
                effective.MarginLeft ?? 0,
                effective.MarginRight ?? 0,
                effective.TextIndent ?? 0);
            bool carries = sectPr is not null && i == list.Items.Count - 1;
            xml.Start("p");
            if (carries || !listItemProperties.TryGetValue(key, out byte[]? pPrXml))
            {
                var pPr = ListItemProperties(key);
                if (carries)
                {
                    pPr.AppendChild(sectPr!.CloneNode(true));
                    xml.Raw(Encoded(pPr));
                    pPrXml = null;
                }
                else
                {
                    pPrXml = Encoded(pPr);
                    listItemProperties.Add(key, pPrXml);
                }
            }

            if (pPrXml is not null)
            {
                xml.Raw(pPrXml);
            }

            pendingPageBreak = false;
            WriteRuns(xml, item.Content, direct);
            xml.End();
        }
    }

    private static ParagraphProperties ListItemProperties(ListItemKey key)
    {
        var pPr = new ParagraphProperties();
        if (key.StyleClass is not null)
        {
            pPr.AppendChild(new ParagraphStyleId { Val = key.StyleClass });
        }

        if (key.PageBreak)
        {
            pPr.AppendChild(new PageBreakBefore());
        }

        pPr.AppendChild(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = key.NumberId }));
        AppendDirectParagraph(pPr, key.Direct.Value with
        {
            MarginLeft = key.MarginLeft,
            MarginRight = key.MarginRight,
            TextIndent = key.TextIndent,
        });
        return pPr;
    }

    private void WriteRule(WordPartWriter xml, LayoutRule rule, double available, SectionProperties? sectPr)
    {
        double length = rules.LengthOf(rule, available);
        double rest = Math.Max(available - length, 0);
        var (left, right) = rule.Alignment switch
        {
            RuleAlignment.Left => (0.0, rest),
            RuleAlignment.Right => (rest, 0.0),
            _ => (rest / 2, rest / 2),
        };
        var properties = styles.Class(rule.ClassName);
        var pPr = new ParagraphProperties();
        if (pendingPageBreak)
        {
            pPr.AppendChild(new PageBreakBefore());
            pendingPageBreak = false;
        }

        pPr.AppendChild(new ParagraphBorders(WordUnits.Border<TopBorder>(styles.RuleLine(rule))));
        pPr.AppendChild(new SpacingBetweenLines
        {
            Before = WordUnits.TwipsText(properties.MarginTop ?? 0),
            After = WordUnits.TwipsText(properties.MarginBottom ?? 0),
            Line = "20",
            LineRule = LineSpacingRuleValues.Exact,
        });
        pPr.AppendChild(new Indentation { Left = WordUnits.TwipsText(left), Right = WordUnits.TwipsText(right), FirstLine = "0" });
        if (sectPr is not null)
        {
            pPr.AppendChild(sectPr.CloneNode(true));
        }

        xml.Start("p");
        xml.Raw(Encoded(pPr));
        xml.End();
    }

    /// <summary>The pPr of a paragraph: style, keep-with-next, a pending page break, and direct formatting inherited from containers.</summary>
    private static ParagraphProperties? ParagraphProperties(string? styleClass, bool keepWithNext, bool pageBreak, StyleProperties direct)
    {
        if (styleClass is null && !keepWithNext && !pageBreak && ReferenceEquals(direct, StyleProperties.Empty))
        {
            return null;
        }

        var pPr = new ParagraphProperties();
        if (styleClass is not null)
        {
            pPr.AppendChild(new ParagraphStyleId { Val = styleClass });
        }

        if (keepWithNext)
        {
            pPr.AppendChild(new KeepNext());
        }

        if (pageBreak)
        {
            pPr.AppendChild(new PageBreakBefore());
        }

        AppendDirectParagraph(pPr, direct);
        return pPr;
    }

    private static void AppendDirectParagraph(ParagraphProperties pPr, StyleProperties direct)
    {
        if (ReferenceEquals(direct, StyleProperties.Empty))
        {
            return;
        }

        WordFormatting.AppendParagraph(pPr, direct, borders: false);
        if (direct.HasRunProperties)
        {
            var mark = new ParagraphMarkRunProperties();
            WordFormatting.AppendRun(mark, direct);
            pPr.AppendChild(mark);
        }
    }

    /// <summary>
    /// The formatting a paragraph styled <paramref name="styleClass"/> must carry directly to look as CSS inheritance
    /// makes it look: the containers' text properties its style does not set. Empty (the same instance) when none.
    /// </summary>
    private StyleProperties Direct(TextContext context, string? styleClass)
    {
        if (context.IsEmpty)
        {
            return StyleProperties.Empty;
        }

        if (!directCache.TryGetValue((context, styleClass), out var direct))
        {
            direct = context.Inherited.Without(styles.Class(styleClass));
            if (!direct.HasTextProperties)
            {
                direct = StyleProperties.Empty;
            }

            directCache.Add((context, styleClass), direct);
        }

        return direct;
    }

    /// <summary>Serialises an SDK element as the part writer repeats it.</summary>
    private byte[] Encoded(OpenXmlElement element) => WordPartWriter.Encode(fragments.ToXml(element));

    /// <summary>Writes the paragraph a page break before a table needs, if one is pending.</summary>
    /// <returns>Whether a paragraph was written.</returns>
    private bool FlushPageBreak(WordPartWriter xml)
    {
        if (!pendingPageBreak)
        {
            return false;
        }

        xml.Start("p");
        xml.Start("r");
        xml.Raw(PageBreak);
        xml.End();
        xml.End();
        pendingPageBreak = false;
        return true;
    }

    private byte[] Spacer => spacer ??= Encoded(new ParagraphProperties(
        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }));

    private byte[] PageBreak => pageBreak ??= Encoded(new Break { Type = BreakValues.Page });

    private readonly record struct ParagraphKey(string? StyleClass, bool KeepNext, bool PageBreak, ByReference<StyleProperties> Direct);

    private readonly record struct ListItemKey(
        string? StyleClass,
        bool PageBreak,
        int NumberId,
        ByReference<StyleProperties> Direct,
        double MarginLeft,
        double MarginRight,
        double TextIndent);
}
