using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>Runs: text (with tabs and preserved spaces), line breaks and the PAGE field.</summary>
internal sealed partial class DocxBodyWriter
{
    private readonly Dictionary<RunKey, byte[]?> runProperties = [];

    private void WriteRuns(WordPartWriter xml, IReadOnlyList<LayoutInline> content, StyleProperties direct)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case LayoutText text:
                    WriteTextRun(xml, text.Text, RunProperties(inline.Format, direct));
                    break;
                case LayoutLineBreak:
                    xml.Start("r");
                    xml.Start("br");
                    xml.End();
                    xml.End();
                    break;
                case LayoutPageNumber:
                    xml.Start("fldSimple");
                    xml.Attribute("w:instr", " PAGE ");
                    WriteTextRun(xml, "1", RunProperties(inline.Format, direct));
                    xml.End();
                    break;
            }
        }
    }

    private static void WriteTextRun(WordPartWriter xml, string text, byte[]? rPr)
    {
        xml.Start("r");
        if (rPr is not null)
        {
            xml.Raw(rPr);
        }

        int tab = text.IndexOf('\t');
        if (tab < 0)
        {
            WriteText(xml, text);
        }
        else
        {
            int start = 0;
            while (tab >= 0)
            {
                if (tab > start)
                {
                    WriteText(xml, text.Substring(start, tab - start));
                }

                xml.Start("tab");
                xml.End();
                start = tab + 1;
                tab = text.IndexOf('\t', start);
            }

            if (start < text.Length)
            {
                WriteText(xml, text.Substring(start));
            }
        }

        xml.End();
    }

    private static void WriteText(WordPartWriter xml, string text)
    {
        xml.Start("t");
        if (text[0] == ' ' || text[text.Length - 1] == ' ' || text.Contains("  "))
        {
            xml.Attribute("xml:space", "preserve");
        }

        xml.Text(text);
        xml.End();
    }

    /// <summary>
    /// The rPr of a run, as text, or null when it has none: the span's character style, the b/i/u around it, and the
    /// containers' inherited text properties the span's class does not override. The span class's bold, italic and
    /// capitals are repeated as direct formatting because Word toggles those when a character style and a paragraph
    /// style both set them.
    /// </summary>
    private byte[]? RunProperties(InlineFormat format, StyleProperties direct)
    {
        if (format.IsPlain && ReferenceEquals(direct, StyleProperties.Empty))
        {
            return null;
        }

        var key = new RunKey(new(direct), format);
        if (runProperties.TryGetValue(key, out byte[]? cached))
        {
            return cached;
        }

        var properties = direct;
        if (format.ClassName is not null)
        {
            var span = styles.Class(format.ClassName);
            properties = direct.Without(span).Merge(new StyleProperties { Bold = span.Bold, Italic = span.Italic, Uppercase = span.Uppercase });
        }

        properties = properties.Merge(new StyleProperties
        {
            Bold = format.Bold ? true : null,
            Italic = format.Italic ? true : null,
            Underline = format.Underline ? true : null,
        });

        byte[]? rPrXml = null;
        if (format.ClassName is not null || properties.HasRunProperties)
        {
            var rPr = new RunProperties();
            if (format.ClassName is not null)
            {
                rPr.AppendChild(new RunStyle { Val = ids.CharacterStyleId(format.ClassName) });
            }

            WordFormatting.AppendRun(rPr, properties);
            rPrXml = Encoded(rPr);
        }

        runProperties.Add(key, rPrXml);
        return rPrXml;
    }

    /// <summary>
    /// A run's properties are a function of the direct formatting (interned per context and style, so compared by
    /// identity: no hashing of every field of a <see cref="StyleProperties"/>) and the inline format.
    /// </summary>
    private readonly record struct RunKey(ByReference<StyleProperties> Direct, InlineFormat Format);
}
