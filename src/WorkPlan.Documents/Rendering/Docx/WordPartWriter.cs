using System.Text;
using WorkPlan.Documents.Utility;
using static WorkPlan.Documents.Rendering.Docx.OpenXmlFragment;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Writes the UTF-8 text of a WordprocessingML part (<c>word/document.xml</c>, a header) into a pooled buffer, byte
/// for byte as <see cref="System.Xml.XmlWriter"/> writes it with the package's settings: the standalone declaration,
/// <c>w:</c> elements, <c>" /&gt;"</c> for empty ones, <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> (and <c>"</c> in
/// attributes) escaped, line breaks kept as they are.
/// </summary>
/// <remarks>
/// Why not <see cref="System.Xml.XmlWriter"/> itself: the body repeats pre-serialised properties
/// (<see cref="OpenXmlFragment"/>) hundreds of times, and <c>XmlWriter.WriteRaw</c> re-examines every character of
/// them, about a tenth of a whole .docx render; here they are copied as bytes encoded once. The vocabulary is tiny
/// (start, attribute, text, end, raw) and its text comes from the layout tree, which <c>XmlReader</c> has already
/// checked; characters XML cannot carry are still refused, as <c>XmlWriter</c> refuses them. The writers' tests
/// compare the parts with the ones <c>XmlWriter</c> wrote before (RenderingGoldenTests, DocxWriterTests).
/// </remarks>
/// <threadsafety>Not thread-safe; one per part.</threadsafety>
internal sealed class WordPartWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false, true);
    private static readonly byte[] Declaration = Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");

    private readonly Stack<string> open = new();
    // Not readonly: PooledArray is a mutable struct.
    private PooledArray<byte> bytes = new(64 * 1024);
    private bool startTagOpen;

    /// <summary>Starts a part with the declaration and its root element, declaring <c>w</c> (and <c>r</c>).</summary>
    /// <param name="root">The root's local name, e.g. <c>document</c> or <c>hdr</c>.</param>
    /// <param name="declareRelationships">Whether to declare the <c>r</c> prefix too.</param>
    public WordPartWriter(string root, bool declareRelationships)
    {
        Append(Declaration);
        Start(root);
        Attribute("xmlns:w", W);
        if (declareRelationships)
        {
            Attribute("xmlns:r", R);
        }
    }

    /// <summary>Gets the part's bytes written so far.</summary>
    public ArraySegment<byte> Written => bytes.Written;

    /// <summary>Encodes a fragment once, to be repeated with <see cref="Raw"/>.</summary>
    /// <param name="xml">Well-formed XML text.</param>
    /// <returns>Its UTF-8 bytes.</returns>
    public static byte[] Encode(string xml) => Utf8.GetBytes(xml);

    /// <summary>Starts a <c>w:</c> element.</summary>
    /// <param name="localName">The element's local name.</param>
    public void Start(string localName)
    {
        CloseStartTag();
        Ascii("<w:");
        Ascii(localName);
        open.Push(localName);
        startTagOpen = true;
    }

    /// <summary>Writes an attribute of the element just started.</summary>
    /// <param name="qualifiedName">The attribute's name with its prefix, e.g. <c>w:instr</c>.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="InvalidOperationException">No start tag is open.</exception>
    public void Attribute(string qualifiedName, string value)
    {
        if (!startTagOpen)
        {
            throw new InvalidOperationException("An attribute must follow its element's start.");
        }

        Ascii(" ");
        Ascii(qualifiedName);
        Ascii("=\"");
        Escaped(value, attribute: true);
        Ascii("\"");
    }

    /// <summary>Writes text content, escaped.</summary>
    /// <param name="text">The text.</param>
    public void Text(string text)
    {
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    /// <summary>Writes pre-encoded XML (<see cref="Encode"/>) as it is.</summary>
    /// <param name="xml">The bytes.</param>
    public void Raw(byte[] xml)
    {
        CloseStartTag();
        Append(xml);
    }

    /// <summary>Ends the innermost open element (<c>" /&gt;"</c> when it has no content).</summary>
    public void End()
    {
        string name = open.Pop();
        if (startTagOpen)
        {
            Ascii(" />");
            startTagOpen = false;
            return;
        }

        Ascii("</w:");
        Ascii(name);
        Ascii(">");
    }

    /// <summary>Ends every open element.</summary>
    public void EndAll()
    {
        while (open.Count > 0)
        {
            End();
        }
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose() => bytes.Return();

    private void CloseStartTag()
    {
        if (startTagOpen)
        {
            Ascii(">");
            startTagOpen = false;
        }
    }

    private void Escaped(string text, bool attribute)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? entity = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' when attribute => "&quot;",
                _ => null,
            };
            if (entity is null)
            {
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                {
                    throw new ArgumentException($"The character U+{(int)c:X4} at position {i} cannot be written to XML.", nameof(text));
                }

                if (c is '\uFFFE' or '\uFFFF')
                {
                    throw new ArgumentException($"The character U+{(int)c:X4} at position {i} cannot be written to XML.", nameof(text));
                }

                continue;
            }

            Chars(text, start, i - start);
            Ascii(entity);
            start = i + 1;
        }

        Chars(text, start, text.Length - start);
    }

    /// <summary>Encodes characters as UTF-8; a lone surrogate is refused (the encoder throws).</summary>
    private void Chars(string text, int start, int count)
    {
        if (count == 0)
        {
            return;
        }

        bytes.Reserve(Utf8.GetMaxByteCount(count));
        bytes.Length += Utf8.GetBytes(text, start, count, bytes.Array, bytes.Length);
    }

    private void Ascii(string text)
    {
        bytes.Reserve(text.Length);
        byte[] array = bytes.Array;
        int length = bytes.Length;
        for (int i = 0; i < text.Length; i++)
        {
            array[length++] = (byte)text[i];
        }

        bytes.Length = length;
    }

    private void Append(byte[] data)
    {
        bytes.Reserve(data.Length);
        Buffer.BlockCopy(data, 0, bytes.Array, bytes.Length, data.Length);
        bytes.Length += data.Length;
    }
}
