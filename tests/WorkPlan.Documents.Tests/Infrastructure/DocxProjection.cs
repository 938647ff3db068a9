using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace WorkPlan.Documents.Tests.Infrastructure;

/// <summary>
/// Readable projections of a .docx for golden files (compare what Word reads, not zip bytes, whose deflate output
/// may differ between runtimes): every XML part as indented XML, and a plain-text projection of the body and headers.
/// </summary>
public static class DocxProjection
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Every part in package order, each as "=== name" followed by its indented XML.</summary>
    /// <param name="docx">The package.</param>
    /// <returns>The projection.</returns>
    public static string Parts(byte[] docx)
    {
        var text = new StringBuilder();
        foreach ((string name, XDocument xml) in ReadParts(docx))
        {
            text.Append("=== ").Append(name).Append('\n');
            text.Append(xml.Root!.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The text a reader sees, paragraph by paragraph with its style: <c>[style] text</c>; tables row by row with
    /// cells separated by " | " (a merged continuation cell is "↑", a spanning cell starts with "⟷n"); rules as
    /// "───"; line breaks "↵"; the page number field "{PAGE}"; section breaks with their page setup; then the headers.
    /// </summary>
    /// <param name="docx">The package.</param>
    /// <returns>The projection.</returns>
    public static string Text(byte[] docx)
    {
        var parts = ReadParts(docx).ToDictionary(p => p.Name, p => p.Xml, StringComparer.Ordinal);
        var text = new StringBuilder();
        XElement body = parts["word/document.xml"].Root!.Element(W + "body")!;
        foreach (XElement block in body.Elements())
        {
            Block(block, text, string.Empty);
        }

        foreach (var header in parts.Where(p => p.Key.StartsWith("word/header", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("=== ").Append(header.Key).Append('\n');
            foreach (XElement block in header.Value.Root!.Elements())
            {
                Block(block, text, string.Empty);
            }
        }

        return text.ToString();
    }

    private static void Block(XElement block, StringBuilder text, string indent)
    {
        if (block.Name == W + "p")
        {
            text.Append(indent).Append(Paragraph(block)).Append('\n');
            if (block.Element(W + "pPr")?.Element(W + "sectPr") is { } sectionBreak)
            {
                text.Append(indent).Append(Section(sectionBreak)).Append('\n');
            }
        }
        else if (block.Name == W + "tbl")
        {
            int columns = block.Element(W + "tblGrid")?.Elements(W + "gridCol").Count() ?? 0;
            text.Append(indent).Append("[table, ").Append(columns).Append(" columns]\n");
            foreach (XElement row in block.Elements(W + "tr"))
            {
                bool header = row.Element(W + "trPr")?.Element(W + "tblHeader") is not null;
                text.Append(indent).Append(header ? "H| " : " | ");
                text.Append(string.Join(" | ", row.Elements(W + "tc").Select(Cell)));
                text.Append('\n');
            }
        }
        else if (block.Name == W + "sectPr")
        {
            text.Append(indent).Append(Section(block)).Append('\n');
        }
    }

    private static string Cell(XElement cell)
    {
        XElement? properties = cell.Element(W + "tcPr");
        XElement? merge = properties?.Element(W + "vMerge");
        if (merge is not null && (string?)merge.Attribute(W + "val") != "restart")
        {
            return "↑";
        }

        string span = properties?.Element(W + "gridSpan") is { } gridSpan ? "⟷" + (string?)gridSpan.Attribute(W + "val") + " " : string.Empty;
        return span + string.Join(" ¶ ", cell.Elements(W + "p").Select(Paragraph));
    }

    private static string Paragraph(XElement paragraph)
    {
        XElement? properties = paragraph.Element(W + "pPr");
        string style = (string?)properties?.Element(W + "pStyle")?.Attribute(W + "val") ?? "Normal";
        string list = properties?.Element(W + "numPr") is null ? string.Empty : " (list)";
        var content = new StringBuilder();
        foreach (XElement element in paragraph.Descendants())
        {
            if (element.Name == W + "t")
            {
                content.Append(element.Value);
            }
            else if (element.Name == W + "tab")
            {
                content.Append('\t');
            }
            else if (element.Name == W + "br")
            {
                content.Append((string?)element.Attribute(W + "type") == "page" ? "{PAGE BREAK}" : "↵");
            }
            else if (element.Name == W + "fldSimple")
            {
                content.Append('{').Append(((string?)element.Attribute(W + "instr") ?? string.Empty).Trim()).Append('}');
            }
        }

        if (content.Length == 0 && properties?.Element(W + "pBdr")?.Element(W + "top") is not null)
        {
            XElement? ind = properties.Element(W + "ind");
            content.Append("─── rule, indents ").Append((string?)ind?.Attribute(W + "left") ?? "0").Append('/').Append((string?)ind?.Attribute(W + "right") ?? "0");
        }

        return "[" + style + list + "] " + content;
    }

    private static string Section(XElement section)
    {
        XElement? size = section.Element(W + "pgSz");
        XElement? margins = section.Element(W + "pgMar");
        string orientation = (string?)size?.Attribute(W + "orient") ?? "portrait";
        var text = new StringBuilder("--- section: ")
            .Append((string?)size?.Attribute(W + "w")).Append('×').Append((string?)size?.Attribute(W + "h")).Append(' ').Append(orientation)
            .Append(", margins t/b/l/r ")
            .Append((string?)margins?.Attribute(W + "top")).Append('/').Append((string?)margins?.Attribute(W + "bottom")).Append('/')
            .Append((string?)margins?.Attribute(W + "left")).Append('/').Append((string?)margins?.Attribute(W + "right"));
        if (section.Element(W + "titlePg") is not null)
        {
            text.Append(", first page different");
        }

        if (section.Element(W + "pgNumType")?.Attribute(W + "start") is { } start)
        {
            text.Append(", numbering from ").Append(start.Value);
        }

        foreach (XElement reference in section.Elements(W + "headerReference"))
        {
            text.Append(", header ").Append((string?)reference.Attribute(W + "type")).Append('=').Append(
                (string?)reference.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")));
        }

        return text.Append(" ---").ToString();
    }

    private static List<(string Name, XDocument Xml)> ReadParts(byte[] docx)
    {
        var parts = new List<(string, XDocument)>();
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (ZipArchiveEntry entry in zip.Entries)
        {
            using Stream stream = entry.Open();
            parts.Add((entry.FullName, XDocument.Load(stream, LoadOptions.None)));
        }

        return parts;
    }
}
