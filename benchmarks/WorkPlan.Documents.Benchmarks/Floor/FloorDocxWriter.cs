using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NodaTime;
using NodaTime.Text;
using WorkPlan.Documents.Benchmarks.Content;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Benchmarks.Floor;

/// <summary>
/// The floor: the programme's .docx written by a hand-written Open XML SDK program — no view model, no templates,
/// no markup, no stylesheet — the same document the pipeline writes (a test compares their normalised XML with
/// the seed's golden). Each part's typed element tree goes straight into a zip entry, the fastest way the SDK offers
/// to get a DOM into a package (System.IO.Packaging would add its own cost); the package is laid out as the
/// pipeline lays it out (entry order, 1980-01-01 timestamps, optimal deflate).
/// </summary>
/// <threadsafety>Stateless and thread-safe; each call builds everything it writes (nothing is cached).</threadsafety>
public static class FloorDocxWriter
{
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string Ml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>Writes the programme as a .docx.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">Where the package goes; left open.</param>
    /// <param name="created">The core properties' dates.</param>
    public static void Write(WorkProgramme programme, Stream output, Instant created) =>
        Write(programme, output, created, (zip, content) => Part(zip, "word/document.xml", FloorBody.Build(content)));

    /// <summary>
    /// Writes the same package with <c>word/document.xml</c> streamed: the SDK's <see cref="OpenXmlPartWriter"/> writes
    /// each body element (and each schedule row) as soon as it is made, so no DOM of the whole body is ever held —
    /// the way a hand-written writer that cares about speed would use the SDK. The parts are byte for byte the DOM
    /// floor's (a test checks).
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">Where the package goes; left open.</param>
    /// <param name="created">The core properties' dates.</param>
    public static void WriteStreaming(WorkProgramme programme, Stream output, Instant created) =>
        Write(programme, output, created, StreamDocument);

    private static void Write(WorkProgramme programme, Stream output, Instant created, Action<ZipArchive, DocumentContent> document)
    {
        DocumentContent content = DocumentContent.From(programme);
        string title = Title(programme.Abstract);
        string creator = string.Join(" ", programme.Agency.NameLines);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: new UTF8Encoding(false));
        Part(zip, "[Content_Types].xml", ContentTypes);
        Part(zip, "_rels/.rels", xml => Relationships(xml, [
            ("rIdDocument", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"),
            ("rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")]));
        document(zip, content);
        Part(zip, "word/_rels/document.xml.rels", xml => Relationships(xml, [
            ("rIdStyles", Rel + "styles", "styles.xml"),
            ("rIdSettings", Rel + "settings", "settings.xml"),
            ("rIdNumbering", Rel + "numbering", "numbering.xml"),
            ("rIdHeader1", Rel + "header", "header1.xml"),
            ("rIdHeader2", Rel + "header", "header2.xml")]));
        Part(zip, "word/styles.xml", FloorStyles.Build());
        Part(zip, "word/settings.xml", new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            })));
        Part(zip, "word/numbering.xml", new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.Bullet },
                    new LevelSuffix { Val = LevelSuffixValues.Space },
                    new LevelText { Val = "-" },
                    new LevelJustification { Val = LevelJustificationValues.Left })
                { LevelIndex = 0 })
            { AbstractNumberId = 1 },
            new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 }));
        Part(zip, "word/header1.xml", new Header(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "page-number" }),
            new SimpleField(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text("1"))) { Instruction = " PAGE " })));
        Part(zip, "word/header2.xml", new Header(new Paragraph()));
        Part(zip, "docProps/core.xml", xml => CoreProperties(xml, title, creator, created));
    }

    private static void StreamDocument(ZipArchive zip, DocumentContent content)
    {
        ZipArchiveEntry entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using Stream stream = entry.Open();
        using var writer = new OpenXmlPartWriter(stream, new UTF8Encoding(false));
        writer.WriteStartDocument(true);
        writer.WriteStartElement(new Document(), [], FloorBody.Namespaces);
        writer.WriteStartElement(new Body());
        foreach (OpenXmlElement element in FloorBody.Before(content))
        {
            writer.WriteElement(element);
        }

        // The table's start tag, then its properties, grid and heading row, then each row as it is made.
        Table table = FloorSchedule.Start(FloorBody.TextWidth);
        writer.WriteStartElement(table);
        foreach (OpenXmlElement child in table.ChildElements)
        {
            writer.WriteElement(child);
        }

        foreach (TableRow row in FloorSchedule.Rows(content, FloorBody.TextWidth))
        {
            writer.WriteElement(row);
        }

        writer.WriteEndElement();
        foreach (OpenXmlElement element in FloorBody.After(content))
        {
            writer.WriteElement(element);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.Close();
    }

    /// <summary>"Chương trình " and the abstract, its first letter lowered when it is an ordinary capitalised word.</summary>
    private static string Title(string @abstract) =>
        "Chương trình " + (@abstract.Length > 1 && char.IsUpper(@abstract[0]) && char.IsLower(@abstract[1])
            ? char.ToLowerInvariant(@abstract[0]) + @abstract.Substring(1)
            : @abstract);

    private static void Part(ZipArchive zip, string name, OpenXmlElement root) => Part(zip, name, xml => root.WriteTo(xml));

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using Stream stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void ContentTypes(XmlWriter xml)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        foreach (var (part, type) in new[]
        {
            ("/word/document.xml", Ml + "document.main+xml"),
            ("/word/styles.xml", Ml + "styles+xml"),
            ("/word/settings.xml", Ml + "settings+xml"),
            ("/word/numbering.xml", Ml + "numbering+xml"),
            ("/word/header1.xml", Ml + "header+xml"),
            ("/word/header2.xml", Ml + "header+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        })
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Relationships(XmlWriter xml, (string Id, string Type, string Target)[] relationships)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/relationships";
        xml.WriteStartElement("Relationships", ns);
        foreach (var (id, type, target) in relationships)
        {
            xml.WriteStartElement("Relationship", ns);
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void CoreProperties(XmlWriter xml, string title, string? creator, Instant created)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        xml.WriteStartElement("cp", "coreProperties", cp);
        xml.WriteAttributeString("xmlns", "dc", null, dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteElementString("dc", "title", dc, title);
        if (creator is not null)
        {
            xml.WriteElementString("dc", "creator", dc, creator);
            xml.WriteElementString("cp", "lastModifiedBy", cp, creator);
        }

        string instant = InstantPattern.General.Format(created);
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
