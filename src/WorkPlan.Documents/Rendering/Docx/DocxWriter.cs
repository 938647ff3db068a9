using System.Xml;
using NodaTime.Text;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Writes a layout document as a .docx (WordprocessingML, Office 2013+ compatibility mode): A4 or the section's
/// paper with its margins and orientation, Times New Roman (or the stylesheet's font) in all four font slots, the
/// document language, one Word style per class, tables, lists, rules and page headers as the markup describes.
/// </summary>
/// <remarks>
/// The output is byte-identical for the same input on the same runtime: relationship ids are fixed, zip entries
/// come in a fixed order with a fixed date, and the core properties come from <see cref="DocxPackageInfo"/>.
/// </remarks>
/// <threadsafety>Stateless and thread-safe; each call writes with its own state.</threadsafety>
internal static class DocxWriter
{
    private const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private const string CoreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string WordprocessingMl = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>Writes the document.</summary>
    /// <param name="styles">The layout document bound to its stylesheet, resolved once for the render.</param>
    /// <param name="output">A writable stream; left open.</param>
    /// <param name="info">The core properties.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(StyleResolver styles, Stream output, DocxPackageInfo info)
    {
        if (styles is null)
        {
            throw new ArgumentNullException(nameof(styles), "The resolved styles must not be null.");
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output), "The output stream must not be null.");
        }

        if (info is null)
        {
            throw new ArgumentNullException(nameof(info), "The package information must not be null.");
        }

        LayoutDocument document = styles.Document;
        var ids = new WordStyleIds(styles);
        var numbering = new NumberingPartBuilder();
        var sections = new SectionBuilder(document);
        using var body = new DocxBodyWriter(styles, ids, numbering);
        bool hasLists = HasList(document);
        var stylesRoot = StylesPartBuilder.Build(styles, ids, WordLanguage(document.Language));

        var documentRelationships = new List<(string, string, string)>
        {
            ("rIdStyles", Relationships + "styles", "styles.xml"),
            ("rIdSettings", Relationships + "settings", "settings.xml"),
        };
        var overrides = new List<(string Part, string Type)>
        {
            ("/word/document.xml", WordprocessingMl + "document.main+xml"),
            ("/word/styles.xml", WordprocessingMl + "styles+xml"),
            ("/word/settings.xml", WordprocessingMl + "settings+xml"),
        };
        if (hasLists)
        {
            documentRelationships.Add(("rIdNumbering", Relationships + "numbering", "numbering.xml"));
            overrides.Add(("/word/numbering.xml", WordprocessingMl + "numbering+xml"));
        }

        foreach (var (id, name, _) in sections.Headers)
        {
            documentRelationships.Add((id, Relationships + "header", name));
            overrides.Add(("/word/" + name, WordprocessingMl + "header+xml"));
        }

        overrides.Add(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"));

        using var package = new DeterministicPackage(output);
        package.WritePart("[Content_Types].xml", xml => WriteContentTypes(xml, overrides));
        package.WriteRelationships("_rels/.rels", [("rIdDocument", OfficeDocument, "word/document.xml"), ("rIdCore", CoreProperties, "docProps/core.xml")]);
        using (var part = body.WriteDocument(sections))
        {
            package.WritePart("word/document.xml", part.Written);
        }


        package.WriteRelationships("word/_rels/document.xml.rels", documentRelationships);
        package.WritePart("word/styles.xml", stylesRoot);
        package.WritePart("word/settings.xml", SettingsPartBuilder.Build());
        if (hasLists)
        {
            package.WritePart("word/numbering.xml", numbering.Build());
        }

        foreach (var (_, name, paragraphs) in sections.Headers)
        {
            using var part = body.WriteHeader(paragraphs);
            package.WritePart("word/" + name, part.Written);
        }

        package.WritePart("docProps/core.xml", xml => WriteCoreProperties(xml, info, document.Title));
    }

    /// <summary>
    /// Returns whether the document has a list anywhere (a numbering part is needed): the content types and
    /// relationships, written before the body, must say so.
    /// </summary>
    /// <param name="document">The layout document.</param>
    /// <returns>True when a list is found.</returns>
    internal static bool HasList(LayoutDocument document)
    {
        foreach (var section in document.Sections)
        {
            if (HasList(section.Blocks))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns the Word language tag for a BCP 47 tag: a bare language gets its usual region (vi → vi-VN).</summary>
    /// <param name="language">The document's language.</param>
    /// <returns>The tag for <c>w:lang</c>.</returns>
    internal static string WordLanguage(string language) => language switch
    {
        "vi" => "vi-VN",
        "en" => "en-US",
        "fr" => "fr-FR",
        "zh" => "zh-CN",
        _ => language,
    };

    private static bool HasList(IReadOnlyList<LayoutBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutList:
                    return true;
                case LayoutTable table:
                    foreach (var row in table.Rows)
                    {
                        foreach (var cell in row.Cells)
                        {
                            if (HasList(cell.Blocks))
                            {
                                return true;
                            }
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static void WriteContentTypes(XmlWriter xml, List<(string Part, string Type)> overrides)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        WriteDefault(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        WriteDefault(xml, ns, "xml", "application/xml");
        foreach (var (part, type) in overrides)
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteDefault(XmlWriter xml, string ns, string extension, string type)
    {
        xml.WriteStartElement("Default", ns);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", type);
        xml.WriteEndElement();
    }

    private static void WriteCoreProperties(XmlWriter xml, DocxPackageInfo info, string? fallbackTitle)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        string? title = info.Title ?? fallbackTitle;
        if (title is not null)
        {
            xml.WriteElementString("dc", "title", dc, title);
        }

        if (info.Creator is not null)
        {
            xml.WriteElementString("dc", "creator", dc, info.Creator);
            xml.WriteElementString("cp", "lastModifiedBy", cp, info.Creator);
        }

        string instant = InstantPattern.General.Format(info.Created);
        foreach (string element in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", element, dcterms);
            xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
            xml.WriteString(instant);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
