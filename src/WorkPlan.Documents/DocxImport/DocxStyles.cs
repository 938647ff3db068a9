using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// What the importer needs from the style hierarchy: whether a paragraph's text is bold (the agency's name is bold,
/// its parent agency is not — Nghị định 30 Phụ lục I ô 2) and whether it is a list item, following w:basedOn chains
/// and the document defaults, so a document formatted by styles reads like one formatted directly.
/// </summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, OpenXmlElement> styles = new(StringComparer.Ordinal);
    private readonly string? defaultParagraphStyle;
    private readonly bool defaultBold;

    internal DocxStyles(StyleDefinitionsPart? part)
    {
        OpenXmlElement? root = part?.RootElement;
        if (root is null)
        {
            return;
        }

        foreach (OpenXmlElement style in root.ChildElements)
        {
            if (DocxText.IsW(style, "style") && Attribute(style, "styleId") is { } id)
            {
                styles[id] = style;
                if (Attribute(style, "type") == "paragraph" && IsOn(Attribute(style, "default")))
                {
                    defaultParagraphStyle = id;
                }
            }
            else if (DocxText.IsW(style, "docDefaults"))
            {
                OpenXmlElement? runDefaults = DocxText.Child(DocxText.Child(style, "rPrDefault"), "rPr");
                defaultBold = Bold(runDefaults) ?? false;
            }
        }
    }

    /// <summary>Returns whether every run holding text in <paramref name="paragraph"/> is bold.</summary>
    internal bool IsBold(OpenXmlElement paragraph)
    {
        OpenXmlElement? properties = DocxText.Child(paragraph, "pPr");
        OpenXmlElement? styleReference = DocxText.Child(properties, "pStyle");
        string? paragraphStyle = styleReference is not null ? DocxText.Val(styleReference) : defaultParagraphStyle;
        bool paragraphBold = StyleBold(paragraphStyle) ?? defaultBold;
        bool any = false;
        foreach (OpenXmlElement run in paragraph.Descendants())
        {
            if (!DocxText.IsW(run, "r") || string.IsNullOrWhiteSpace(TextOf(run)))
            {
                continue;
            }

            any = true;
            OpenXmlElement? runProperties = DocxText.Child(run, "rPr");
            string? runStyle = DocxText.Child(runProperties, "rStyle") is { } rs ? DocxText.Val(rs) : null;
            bool bold = Bold(runProperties) ?? StyleBold(runStyle) ?? paragraphBold;
            if (!bold)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>Returns whether the paragraph has numbering, directly or through its style.</summary>
    internal bool IsListItem(OpenXmlElement paragraph)
    {
        OpenXmlElement? properties = DocxText.Child(paragraph, "pPr");
        if (DocxText.Child(properties, "numPr") is { } numbering)
        {
            return DocxText.Child(numbering, "numId") is not { } id || DocxText.Val(id) != "0";
        }

        string? style = DocxText.Child(properties, "pStyle") is { } ps ? DocxText.Val(ps) : defaultParagraphStyle;
        for (int depth = 0; style is not null && depth < 32 && styles.TryGetValue(style, out OpenXmlElement? definition); depth++)
        {
            if (DocxText.Child(DocxText.Child(definition, "pPr"), "numPr") is not null)
            {
                return true;
            }

            style = BasedOn(definition);
        }

        return false;
    }

    private static string TextOf(OpenXmlElement run)
    {
        string text = string.Empty;
        foreach (OpenXmlElement child in run.ChildElements)
        {
            if (DocxText.IsW(child, "t"))
            {
                text += child.InnerText;
            }
        }

        return text;
    }

    private bool? StyleBold(string? styleId)
    {
        // A chain longer than 32 is a loop or damage; Word stops too.
        for (int depth = 0; styleId is not null && depth < 32 && styles.TryGetValue(styleId, out OpenXmlElement? style); depth++)
        {
            if (Bold(DocxText.Child(style, "rPr")) is { } bold)
            {
                return bold;
            }

            styleId = BasedOn(style);
        }

        return null;
    }

    private static string? BasedOn(OpenXmlElement style) => DocxText.Child(style, "basedOn") is { } b ? DocxText.Val(b) : null;

    private static bool? Bold(OpenXmlElement? runProperties) =>
        DocxText.Child(runProperties, "b") is { } b ? IsOn(DocxText.Val(b) ?? "true") : null;

    private static bool IsOn(string? value) => value is "1" or "true" or "on";

    private static string? Attribute(OpenXmlElement element, string localName)
    {
        foreach (OpenXmlAttribute attribute in element.GetAttributes())
        {
            if (attribute.LocalName == localName && attribute.NamespaceUri == DocxText.W)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
