using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Writes an Open Packaging Conventions zip directly — content types, relationships with fixed ids, parts in a fixed
/// order, every entry dated 1980-01-01 00:00 — so the same parts give the same bytes on the same runtime.
/// </summary>
/// <remarks>
/// <para>
/// The Open XML SDK's own package (System.IO.Packaging) stamps entries with the wall clock, invents random
/// relationship ids and names the core-properties part with a GUID; writing the package here avoids all three and
/// also skips the SDK's save pipeline (the part DOMs are serialised once, straight into the zip).
/// </para>
/// <para>
/// Compression: <see cref="CompressionLevel.Optimal"/> for every entry, the level System.IO.Packaging uses for Word
/// documents (CompressionOption.Normal), so files are as small as Word's own; the parts are small and text, so it
/// costs little. One level everywhere keeps the bytes a function of the content only.
/// </para>
/// </remarks>
/// <threadsafety>Not thread-safe; one per package being written.</threadsafety>
internal sealed class DeterministicPackage : IDisposable
{
    /// <summary>The timestamp of every entry (the earliest a zip can store; Word uses it too).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        CloseOutput = false,
        Indent = false,
        NewLineHandling = NewLineHandling.None,
    };

    private readonly ZipArchive zip;

    /// <summary>Starts a package on <paramref name="output"/> (left open).</summary>
    /// <param name="output">A writable stream.</param>
    public DeterministicPackage(Stream output) => zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: new UTF8Encoding(false));

    /// <summary>Writes a part from an Open XML element tree.</summary>
    /// <param name="name">The entry name, e.g. <c>word/document.xml</c>.</param>
    /// <param name="root">The part's root element.</param>
    public void WritePart(string name, OpenXmlElement root)
    {
        using var stream = Open(name);
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(true);
        root.WriteTo(xml);
        xml.WriteEndDocument();
    }

    /// <summary>Writes a part whose text is ready (<see cref="WordPartWriter"/>), in one write.</summary>
    /// <param name="name">The entry name.</param>
    /// <param name="content">The part's bytes.</param>
    public void WritePart(string name, ArraySegment<byte> content)
    {
        using var stream = Open(name);
        stream.Write(content.Array!, content.Offset, content.Count);
    }

    /// <summary>Writes a part with a callback that writes its XML.</summary>
    /// <param name="name">The entry name.</param>
    /// <param name="write">Writes the root element.</param>
    public void WritePart(string name, Action<XmlWriter> write)
    {
        using var stream = Open(name);
        using var xml = XmlWriter.Create(stream, XmlSettings);
        xml.WriteStartDocument(true);
        write(xml);
        xml.WriteEndDocument();
    }

    /// <summary>Writes a relationships part.</summary>
    /// <param name="name">The entry name, e.g. <c>_rels/.rels</c>.</param>
    /// <param name="relationships">Id, type and target of each relationship, in order.</param>
    public void WriteRelationships(string name, IEnumerable<(string Id, string Type, string Target)> relationships) =>
        WritePart(name, xml =>
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
        });

    /// <summary>Finishes the zip (writes the central directory).</summary>
    public void Dispose() => zip.Dispose();

    private Stream Open(string name)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry.Open();
    }
}
