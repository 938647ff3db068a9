using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Serialises Open XML SDK elements to the exact text <see cref="OpenXmlElement.WriteTo"/> writes for them inside a
/// WordprocessingML part (prefixes <c>w</c> and <c>r</c> already declared), so each text can be written once and
/// repeated (<see cref="WordPartWriter.Raw"/>).
/// </summary>
/// <remarks>
/// Why: a schedule repeats the same few paragraph, run, row and cell properties hundreds of times. Building them as
/// SDK elements keeps the SDK's typed vocabulary as the one source of WordprocessingML names and values; serialising
/// each distinct bundle once per render, instead of building and serialising a DOM for every paragraph and cell,
/// roughly halved the DOCX writer's time for the seed (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/performance.md">docs/performance.md</see>). One writer serves every fragment of a
/// render: the fragments are written one after another inside a wrapper element that declares both prefixes, and
/// each is cut out of the text as it is written.
/// </remarks>
/// <threadsafety>Not thread-safe; one per render.</threadsafety>
internal sealed class OpenXmlFragment : IDisposable
{
    /// <summary>The WordprocessingML main namespace (prefix <c>w</c>).</summary>
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The relationships namespace (prefix <c>r</c>).</summary>
    public const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new()
    {
        OmitXmlDeclaration = true,
        Indent = false,
        NewLineHandling = NewLineHandling.None,
        ConformanceLevel = ConformanceLevel.Document,
    };

    private readonly StringBuilder text = new(1024);
    private XmlWriter? xml;

    /// <summary>Returns the element's XML as the part writer would write it, without namespace declarations.</summary>
    /// <param name="element">A WordprocessingML element whose names use only the <c>w</c> and <c>r</c> prefixes.</param>
    /// <returns>The XML text.</returns>
    public string ToXml(OpenXmlElement element)
    {
        if (xml is null)
        {
            xml = XmlWriter.Create(text, Settings);
            xml.WriteStartElement("w", "fragments", W);
            xml.WriteAttributeString("xmlns", "w", null, W);
            xml.WriteAttributeString("xmlns", "r", null, R);
            xml.WriteRaw(string.Empty); // closes the start tag, so no fragment begins with its '>'
        }

        xml.Flush();
        int start = text.Length;
        element.WriteTo(xml);
        xml.Flush();
        string fragment = text.ToString(start, text.Length - start);

        // Both prefixes are in scope, so only an element that declares a namespace of its own would bring one; that
        // text could not be repeated in place.
        if (fragment.Length == 0 || fragment[0] != '<'
            || fragment.Contains(" xmlns:")
            || fragment.Contains(" xmlns="))
        {
            throw new InvalidOperationException("The element <" + element.Prefix + ":" + element.LocalName + "> does not serialise as a plain WordprocessingML fragment: " + fragment);
        }

        return fragment;
    }

    /// <summary>Releases the writer.</summary>
    public void Dispose() => xml?.Dispose();
}
