using System.Globalization;
using System.Xml;

using static WorkPlan.Documents.Rendering.Layout.LayoutMarkupVocabulary;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// The recursive-descent reader behind <see cref="LayoutMarkupReader"/>: one instance per read. This part holds
/// navigation, partial markers, errors and the document and section elements; blocks, inline content and tables
/// are in the other parts.
/// </summary>
/// <remarks>Not thread-safe; used by one call only.</remarks>
internal sealed partial class MarkupParser
{
    private readonly XmlReader xml;
    private readonly IXmlLineInfo lineInfo;
    private readonly Stack<(string Name, SourceLocation Begin)> partials = new();
    private readonly ElementAttributes attributes = new();
    private readonly InlineBuilder inline = new();
    private readonly Dictionary<string, LayoutParagraph> paragraphsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClassInfo> classes = new(StringComparer.Ordinal);

    // FailAttribute as a delegate, made once per read: every element's attributes.Load takes it, and a method group
    // would allocate a new delegate per element.
    private readonly Action<string, int, int, string> failAttribute;

    /// <summary>Creates the parser.</summary>
    /// <param name="xml">The reader over the markup, before its first node.</param>
    public MarkupParser(XmlReader xml)
    {
        this.xml = xml;
        lineInfo = (IXmlLineInfo)xml;
        failAttribute = FailAttribute;
    }

    /// <summary>Reads the whole markup.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="LayoutMarkupException">The markup is malformed or outside the vocabulary.</exception>
    public LayoutDocument ParseDocument()
    {
        try
        {
            return ParseRoot();
        }
        catch (XmlException e)
        {
            throw new LayoutMarkupException(
                "the markup is not well-formed XML: " + e.Message, CurrentPartial, e.LineNumber, e.LinePosition, null, null, e);
        }
    }

    private string? CurrentPartial => partials.Count == 0 ? null : partials.Peek().Name;

    private LayoutDocument ParseRoot()
    {
        XmlNodeType type;
        do
        {
            type = Next();
        }
        while (type is XmlNodeType.Whitespace or XmlNodeType.XmlDeclaration);

        if (type != XmlNodeType.Element)
        {
            throw Error(Here(), null, "the markup must start with a <document> element");
        }

        if (xml.LocalName != "document")
        {
            throw Error(Here(), xml.LocalName, $"the root element must be <document>, not <{xml.LocalName}>");
        }

        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, DocumentAttributes, failAttribute);
        string language = attributes.Get("lang") ?? "vi";
        if (!IsLanguageTag(language))
        {
            throw AttributeError("lang", LanguageProblem(language));
        }

        string? title = attributes.Get("title");
        var sections = new List<LayoutSection>();
        while (NextChildElement("document", depth))
        {
            if (xml.LocalName != "section")
            {
                throw Error(Here(), xml.LocalName, $"<document> holds only <section> elements, not <{xml.LocalName}>");
            }

            sections.Add(ParseSection());
        }

        if (sections.Count == 0)
        {
            throw Error(location, "document", "a <document> needs at least one <section>");
        }

        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.ProcessingInstruction)
            {
                HandleProcessingInstruction();
            }
        }

        if (partials.Count > 0)
        {
            var (name, begin) = partials.Peek();
            throw Error(begin, null, $"<?{LayoutMarkupVocabulary.PartialBegin} {name}?> has no matching <?{LayoutMarkupVocabulary.PartialEnd} {name}?>");
        }

        return new LayoutDocument(language, title, sections, classes);
    }

    private LayoutSection ParseSection()
    {
        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, SectionAttributes, failAttribute);
        var page = new PageSetup
        {
            Paper = Choice("page-size", PaperSize.A4, PaperValues),
            Orientation = Choice("orientation", PageOrientation.Portrait, OrientationValues),
            Numbering = Choice("page-numbering", PageNumbering.Continue, NumberingValues),
            FirstPageHeader = Choice("first-page-header", FirstPageHeader.Same, FirstPageHeaderValues),
        };
        page = page with
        {
            MarginTop = Length("margin-top", page.MarginTop),
            MarginBottom = Length("margin-bottom", page.MarginBottom),
            MarginLeft = Length("margin-left", page.MarginLeft),
            MarginRight = Length("margin-right", page.MarginRight),
            HeaderMargin = Length("header-margin", page.HeaderMargin),
            FooterMargin = Length("footer-margin", page.FooterMargin),
            NumberingStart = Integer("page-number-start", 1, PageNumberStartRange.Min, PageNumberStartRange.Max),
        };
        if (attributes.Get("page-number-start") is not null && page.Numbering != PageNumbering.Restart)
        {
            throw AttributeError("page-number-start", "page-number-start needs page-numbering=\"restart\"");
        }

        if (page.ContentWidthPoints < 36.0)
        {
            throw Error(location, "section", "the left and right margins leave less than 0.5 in for the text");
        }

        var header = new List<LayoutParagraph>();
        var blocks = new List<LayoutBlock>();
        while (NextChildElement("section", depth))
        {
            if (xml.LocalName == "page-header")
            {
                if (blocks.Count > 0 || header.Count > 0)
                {
                    throw Error(Here(), "page-header", "<page-header> must be the first child of <section>, and appear once");
                }

                ParsePageHeader(header);
                continue;
            }

            blocks.Add(ParseBlock("section", blocks, allowPageBreak: true));
        }

        return new LayoutSection(location, page, header, blocks);
    }

    private void ParsePageHeader(List<LayoutParagraph> header)
    {
        var location = Here();
        int depth = xml.Depth;
        attributes.Load(xml, NoAttributes, failAttribute);
        while (NextChildElement("page-header", depth))
        {
            if (xml.LocalName != "p")
            {
                throw Error(Here(), xml.LocalName, $"<page-header> holds only <p> elements, not <{xml.LocalName}>");
            }

            if (xml.GetAttribute("id") is not null)
            {
                attributes.Load(xml, ParagraphAttributes, failAttribute);
                throw AttributeError("id", "a page-header paragraph cannot have an id: rules measure body text only");
            }

            header.Add(ParseParagraph());
        }

        if (header.Count == 0)
        {
            throw Error(location, "page-header", "an empty <page-header> shows nothing; remove it or add a <p>");
        }
    }

    // ---- navigation ----------------------------------------------------------------------------------------

    /// <summary>Reads the next node, handling partial markers and skipping declarations.</summary>
    private XmlNodeType Next()
    {
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.ProcessingInstruction:
                    HandleProcessingInstruction();
                    continue;
                case XmlNodeType.XmlDeclaration:
                case XmlNodeType.Comment:
                    continue;
                default:
                    return xml.NodeType;
            }
        }

        return XmlNodeType.None;
    }

    /// <summary>Moves to the next child of the current element; false at its end tag.</summary>
    private bool NextChild(out XmlNodeType type)
    {
        type = Next();
        return type != XmlNodeType.EndElement && type != XmlNodeType.None;
    }

    /// <summary>
    /// Moves to the next child element of the current block container (white space between elements skipped, other
    /// text refused); false at the container's end. Returns false at once for an empty element.
    /// </summary>
    /// <param name="container">The container's name, for messages.</param>
    /// <param name="depth">The container's <see cref="XmlReader.Depth"/>.</param>
    private bool NextChildElement(string container, int depth)
    {
        if (xml.Depth == depth && xml.NodeType == XmlNodeType.Element && xml.IsEmptyElement)
        {
            return false;
        }

        while (NextChild(out var type))
        {
            if (type == XmlNodeType.Element)
            {
                return true;
            }

            RequireWhitespace(type, container);
        }

        return false;
    }

    private void RequireWhitespace(XmlNodeType type, string container)
    {
        if (type is XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            return;
        }

        if ((type is XmlNodeType.Text or XmlNodeType.CDATA) && IsXmlWhitespace(xml.Value))
        {
            return;
        }

        throw Error(Here(), container, $"text is not allowed directly in <{container}>; put it in a <p>");
    }

    /// <summary>Requires the current element to have no content (<c>&lt;br/&gt;</c>, <c>&lt;col/&gt;</c>…).</summary>
    private void SkipEmptyElement(string name)
    {
        if (xml.IsEmptyElement)
        {
            return;
        }

        while (NextChild(out var type))
        {
            if (type is not (XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                throw Error(Here(), name, $"<{name}> must be empty");
            }
        }
    }

    private void HandleProcessingInstruction()
    {
        string target = xml.Name;
        string name = xml.Value.Trim();
        if (target == LayoutMarkupVocabulary.PartialBegin)
        {
            if (name.Length == 0)
            {
                throw Error(Here(), null, $"<?{LayoutMarkupVocabulary.PartialBegin}?> needs the partial's name");
            }

            var begin = Here();
            partials.Push((name, begin with { PartialName = name }));
        }
        else if (target == LayoutMarkupVocabulary.PartialEnd)
        {
            if (partials.Count == 0 || partials.Peek().Name != name)
            {
                string expected = partials.Count == 0 ? "no partial is open" : $"the open partial is '{partials.Peek().Name}'";
                throw Error(Here(), null, $"<?{LayoutMarkupVocabulary.PartialEnd} {name}?> does not close the open partial ({expected})");
            }

            partials.Pop();
        }
        else
        {
            throw Error(Here(), null, $"processing instruction <?{target}?> is not part of the layout markup (only partial-begin and partial-end)");
        }
    }

    // ---- attribute values -----------------------------------------------------------------------------------

    private T Choice<T>(string attribute, T fallback, (string Text, T Value)[] choices)
    {
        string? text = attributes.Get(attribute);
        if (text is null)
        {
            return fallback;
        }

        foreach (var (choiceText, value) in choices)
        {
            if (choiceText == text)
            {
                return value;
            }
        }

        throw AttributeError(attribute, ChoiceProblem(text, choices));
    }

    private bool Boolean(string attribute, bool fallback) =>
        Choice(attribute, fallback, BooleanValues);

    private LayoutLength Length(string attribute, LayoutLength fallback, bool allowPercent = false)
    {
        string? text = attributes.Get(attribute);
        if (text is null)
        {
            return fallback;
        }

        string? problem = LengthProblem(text, allowPercent, out var length);
        if (problem is not null)
        {
            throw AttributeError(attribute, problem);
        }

        return length;
    }

    private int Integer(string attribute, int fallback, int min, int max)
    {
        string? text = attributes.Get(attribute);
        if (text is null)
        {
            return fallback;
        }

        string? problem = IntegerProblem(text, (min, max), out int value);
        if (problem is not null)
        {
            throw AttributeError(attribute, problem);
        }

        return value;
    }

    private string? ClassAttribute(ClassUsage usage)
    {
        string? name = attributes.Get("class");
        if (name is null)
        {
            return null;
        }

        if (!LayoutMarkupVocabulary.IsClassName(name))
        {
            throw AttributeError("class", ClassNameProblem(name));
        }

        classes[name] = classes.TryGetValue(name, out var previous)
            ? previous with { Usage = previous.Usage | usage }
            : new ClassInfo(usage, Here(), attributes.ElementName);
        return name;
    }

    private static bool IsXmlWhitespace(string text)
    {
        foreach (char c in text)
        {
            if (c is not (' ' or '\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    // ---- errors ---------------------------------------------------------------------------------------------

    /// <summary>The location of the node the reader is on (for an element: its '&lt;').</summary>
    private SourceLocation Here()
    {
        int column = lineInfo.LinePosition;
        if (xml.NodeType == XmlNodeType.Element)
        {
            column -= 1;
        }
        else if (xml.NodeType == XmlNodeType.ProcessingInstruction)
        {
            column -= 2;
        }

        return new SourceLocation(CurrentPartial, lineInfo.LineNumber, Math.Max(column, 1));
    }

    private static LayoutMarkupException Error(SourceLocation at, string? element, string reason) =>
        new(reason, at.PartialName, at.Line, at.Column, element, null);

    private LayoutMarkupException AttributeError(string attribute, string reason)
    {
        var (line, column) = attributes.PositionOf(attribute);
        return new LayoutMarkupException(reason, CurrentPartial, line, column, attributes.ElementName, attribute)
        {
            AttributeValue = attributes.Get(attribute),
        };
    }

    private void FailAttribute(string attribute, int line, int column, string reason) =>
        throw new LayoutMarkupException(reason, CurrentPartial, line, column, attributes.ElementName, attribute);
}
