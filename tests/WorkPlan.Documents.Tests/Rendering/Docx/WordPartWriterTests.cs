using System.Text;
using System.Xml;
using WorkPlan.Documents.Rendering.Docx;

namespace WorkPlan.Documents.Tests.Rendering.Docx;

/// <summary>
/// The part writer writes exactly what <see cref="XmlWriter"/> writes with the package's settings (it replaced it for
/// document.xml and the headers), and refuses what XmlWriter refuses.
/// </summary>
public sealed class WordPartWriterTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string> Texts => new()
    {
        "Giao ban Lãnh đạo Văn phòng",
        "  hai  khoảng  trắng  ",
        "a & b < c > d \"e\" 'f'",
        "tab\there, line\nbreak, return\rhere",
        "]]> and &amp; already",
        "emoji 😀 and 𝒳",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Writes_what_XmlWriter_writes(string text)
    {
        using var part = new WordPartWriter("document", declareRelationships: true);
        part.Start("body");
        part.Start("p");
        part.Start("r");
        part.Start("t");
        part.Attribute("xml:space", "preserve");
        part.Text(text);
        part.End();
        part.Start("br");
        part.End();
        part.End();
        part.Start("fldSimple");
        part.Attribute("w:instr", " PAGE \"x\" & <y>");
        part.Raw(WordPartWriter.Encode("<w:r><w:t>1</w:t></w:r>"));
        part.End();
        part.EndAll();

        Assert.Equal(WithXmlWriter(text), Encoding.UTF8.GetString(part.Written.Array!, 0, part.Written.Count));
    }

    [Theory]
    [InlineData(0x0007)]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    public void Refuses_what_XML_cannot_carry(int code)
    {
        // Built here: a lone surrogate would not survive the test runner's serialisation of theory data.
        string text = "before " + (char)code + " after";
        using var part = new WordPartWriter("hdr", declareRelationships: false);
        part.Start("p");

        Assert.ThrowsAny<ArgumentException>(() => part.Text(text));
    }

    [Fact]
    public void An_attribute_after_content_is_refused()
    {
        using var part = new WordPartWriter("hdr", declareRelationships: false);
        part.Start("p");
        part.Text("x");

        Assert.Throws<InvalidOperationException>(() => part.Attribute("w:val", "y"));
    }

    private static string WithXmlWriter(string text)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, NewLineHandling = NewLineHandling.None };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument(true);
            xml.WriteStartElement("w", "document", W);
            xml.WriteAttributeString("xmlns", "w", null, W);
            xml.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
            xml.WriteStartElement("w", "body", W);
            xml.WriteStartElement("w", "p", W);
            xml.WriteStartElement("w", "r", W);
            xml.WriteStartElement("w", "t", W);
            xml.WriteAttributeString("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
            xml.WriteString(text);
            xml.WriteEndElement();
            xml.WriteStartElement("w", "br", W);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("w", "fldSimple", W);
            xml.WriteAttributeString("w", "instr", W, " PAGE \"x\" & <y>");
            xml.WriteRaw("<w:r><w:t>1</w:t></w:r>");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
