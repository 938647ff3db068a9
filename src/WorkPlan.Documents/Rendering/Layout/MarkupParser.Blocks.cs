using System.Globalization;
using System.Xml;

using static WorkPlan.Documents.Rendering.Layout.LayoutMarkupVocabulary;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>Blocks (p, ul, rule, page-break; tables in their own part) and inline content.</summary>
internal sealed partial class MarkupParser
{
    /// <summary>Reads the block element the reader is on.</summary>
    /// <param name="container">The name of the enclosing element, for messages.</param>
    /// <param name="previous">The blocks before this one in the same container (a rule measures the last one).</param>
    /// <param name="allowPageBreak">Whether a page break may appear here (not inside table cells).</param>
    private LayoutBlock ParseBlock(string container, List<LayoutBlock> previous, bool allowPageBreak)
    {
        switch (xml.LocalName)
        {
            case "p":
                return ParseParagraph();
            case "table":
                return ParseTable();
            case "ul":
                return ParseList();
            case "rule":
                return ParseRule(previous);
            case "page-break" when allowPageBreak:
                var location = Here();
                attributes.Load(xml, NoAttributes, failAttribute);
                SkipEmptyElement("page-break");
                return new LayoutPageBreak(location);
            case "page-break":
                throw Error(Here(), "page-break", $"<page-break/> is not allowed inside <{container}>");
            default:
                string hint = LayoutMarkupVocabulary.InlineElements.Contains(xml.LocalName)
                    ? $"; inline elements such as <{xml.LocalName}> go inside a <p>"
                    : string.Empty;
                throw Error(Here(), xml.LocalName, $"element <{xml.LocalName}> is not part of the layout markup here (in <{container}>: p, table, ul, rule{(allowPageBreak ? ", page-break" : string.Empty)}){hint}");
        }
    }

    private LayoutParagraph ParseParagraph()
    {
        var location = Here();
        attributes.Load(xml, ParagraphAttributes, failAttribute);
        string? className = ClassAttribute(ClassUsage.Paragraph);
        bool preserve = Choice("space", false, SpaceValues);
        bool keepWithNext = Boolean("keep-with-next", false);
        string? id = attributes.Get("id");
        if (id is not null)
        {
            if (!LayoutMarkupVocabulary.IsClassName(id))
            {
                throw AttributeError("id", IdProblem(id));
            }

            if (paragraphsById.TryGetValue(id, out var earlier))
            {
                throw AttributeError("id", $"id '{id}' is already used by the paragraph at {earlier.Location}");
            }
        }

        ParseInlineContent("p", InlineFormat.Plain, preserve);
        var paragraph = new LayoutParagraph(location, id, className, keepWithNext, inline.Build());
        if (id is not null)
        {
            paragraphsById.Add(id, paragraph);
        }

        return paragraph;
    }

    private LayoutList ParseList()
    {
        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, ListAttributes, failAttribute);
        string? className = ClassAttribute(ClassUsage.List);
        string marker = attributes.Get("marker") ?? "-";
        if (!LayoutMarkupVocabulary.ListMarkers.Contains(marker))
        {
            throw AttributeError("marker", MarkerProblem(marker));
        }

        var items = new List<LayoutListItem>();
        while (NextChildElement("ul", depth))
        {
            if (xml.LocalName != "li")
            {
                throw Error(Here(), xml.LocalName, $"<ul> holds only <li> elements, not <{xml.LocalName}>");
            }

            var itemLocation = Here();
            attributes.Load(xml, ListItemAttributes, failAttribute);
            string? itemClass = ClassAttribute(ClassUsage.Paragraph);
            bool preserve = Choice("space", false, SpaceValues);
            ParseInlineContent("li", InlineFormat.Plain, preserve);
            items.Add(new LayoutListItem(itemLocation, itemClass, inline.Build()));
        }

        if (items.Count == 0)
        {
            throw Error(location, "ul", "a <ul> needs at least one <li>");
        }

        return new LayoutList(location, className, marker, items);
    }

    private LayoutRule ParseRule(List<LayoutBlock> previous)
    {
        var location = Here();
        attributes.Load(xml, RuleAttributes, failAttribute);
        string? className = ClassAttribute(ClassUsage.Rule);
        double fraction = Fraction(attributes.Get("length") ?? "1");
        var alignment = Choice("align", RuleAlignment.Center, RuleAlignValues);
        string of = attributes.Get("of") ?? "previous";
        LayoutParagraph target;
        if (of == "previous")
        {
            target = previous.Count > 0 && previous[previous.Count - 1] is LayoutParagraph p
                ? p
                : throw Error(location, "rule", "a <rule> with of=\"previous\" must come right after the <p> whose text it underlines");
        }
        else if (of.Length > 1 && of[0] == '#')
        {
            string id = of.Substring(1);
            if (!paragraphsById.TryGetValue(id, out target!))
            {
                throw AttributeError("of", $"no <p id=\"{id}\"> comes before this rule");
            }
        }
        else
        {
            throw AttributeError("of", OfProblem(of));
        }

        SkipEmptyElement("rule");
        target.MarkAsRuleTarget();
        return new LayoutRule(location, className, fraction, target, alignment);
    }

    private double Fraction(string text)
    {
        string? problem = FractionProblem(text, out double value);
        return problem is null ? value : throw AttributeError("length", problem);
    }

    /// <summary>Reads the inline content of the current p, li or span into <see cref="inline"/>.</summary>
    private void ParseInlineContent(string container, InlineFormat format, bool preserve)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        while (NextChild(out var type))
        {
            if (type != XmlNodeType.Element)
            {
                inline.AppendText(xml.Value, preserve, format);
                continue;
            }

            string name = xml.LocalName;
            switch (name)
            {
                case "span":
                    attributes.Load(xml, SpanAttributes, failAttribute);
                    string? className = ClassAttribute(ClassUsage.Character);
                    if (className is not null && format.ClassName is not null)
                    {
                        throw AttributeError("class", $"this <span class=\"{className}\"> is inside <span class=\"{format.ClassName}\">; Word gives a run one character style, so classed spans cannot nest");
                    }

                    bool spanPreserve = Choice("space", preserve, SpaceValues);
                    ParseInlineContent("span", format with { ClassName = className ?? format.ClassName }, spanPreserve);
                    break;
                case "b":
                case "i":
                case "u":
                    attributes.Load(xml, NoAttributes, failAttribute);
                    var inner = name switch
                    {
                        "b" => format with { Bold = true },
                        "i" => format with { Italic = true },
                        _ => format with { Underline = true },
                    };
                    ParseInlineContent(name, inner, preserve);
                    break;
                case "br":
                    attributes.Load(xml, NoAttributes, failAttribute);
                    SkipEmptyElement("br");
                    inline.AppendBreak(format);
                    break;
                case "page-number":
                    attributes.Load(xml, NoAttributes, failAttribute);
                    SkipEmptyElement("page-number");
                    inline.AppendPageNumber(format);
                    break;
                default:
                    throw Error(Here(), name, $"element <{name}> is not allowed inside <{container}> (inline content: text, {string.Join(", ", LayoutMarkupVocabulary.InlineElements)})");
            }
        }
    }
}
