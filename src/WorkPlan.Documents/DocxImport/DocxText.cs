using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// The visible text of WordprocessingML content as Word shows it with every change accepted: runs joined, tabs and
/// line breaks kept, fields by their result, inserted and moved-to text kept, deleted and moved-from text dropped,
/// content controls and hyperlinks looked through. Drawings and text boxes are not read; the caller is told.
/// </summary>
/// <remarks>
/// Walked by element name rather than through the SDK's typed classes: an element the SDK does not know (a newer
/// Word's, or a tool's extension) is still looked through for its runs instead of being skipped as unknown.
/// </remarks>
internal sealed class DocxText
{
    internal const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly StringBuilder text = new();
    private int fieldDepth;
    private bool inInstruction;
    private readonly Stack<bool> instructionStack = new();

    /// <summary>Gets a value indicating whether a drawing, picture, embedded object or text box was skipped.</summary>
    internal bool SkippedDrawing { get; private set; }

    /// <summary>Returns the text of a paragraph: '\t' for a tab, '\n' for a line, column or page break.</summary>
    internal static string Of(OpenXmlElement paragraph, out bool skippedDrawing)
    {
        var reader = new DocxText();
        reader.Walk(paragraph);
        skippedDrawing = reader.SkippedDrawing;
        return reader.text.ToString();
    }

    internal static bool IsW(OpenXmlElement element, string localName) =>
        element.LocalName == localName && element.NamespaceUri == W;

    /// <summary>Returns the value of the w:val attribute, or null.</summary>
    internal static string? Val(OpenXmlElement element)
    {
        foreach (OpenXmlAttribute attribute in element.GetAttributes())
        {
            if (attribute.LocalName == "val" && attribute.NamespaceUri == W)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>Returns the first child named <paramref name="localName"/> in the w: namespace, or null.</summary>
    internal static OpenXmlElement? Child(OpenXmlElement? element, string localName)
    {
        if (element is null)
        {
            return null;
        }

        foreach (OpenXmlElement child in element.ChildElements)
        {
            if (IsW(child, localName))
            {
                return child;
            }
        }

        return null;
    }

    private void Walk(OpenXmlElement element)
    {
        foreach (OpenXmlElement child in element.ChildElements)
        {
            if (child.NamespaceUri != W)
            {
                // mc:AlternateContent, VML and DrawingML hold text boxes and pictures; math (m:) is not schedule text.
                if (child.LocalName == "AlternateContent" || child.NamespaceUri.Contains("vml") || child.NamespaceUri.Contains("drawingml"))
                {
                    SkippedDrawing = true;
                }
                else if (child.LocalName != "oMath" && child.LocalName != "oMathPara")
                {
                    Walk(child);
                }

                continue;
            }

            switch (child.LocalName)
            {
                case "r":
                    Run(child);
                    break;
                case "del":
                case "moveFrom":
                case "pPr":
                case "rPr":
                case "sdtPr":
                case "sdtEndPr":
                    // Deleted and moved-away text is not in the accepted document; properties hold no text.
                    break;
                case "fldSimple":
                case "ins":
                case "moveTo":
                case "hyperlink":
                case "smartTag":
                case "customXml":
                case "sdt":
                case "sdtContent":
                case "dir":
                case "bdo":
                    Walk(child);
                    break;
                default:
                    break;
            }
        }
    }

    private void Run(OpenXmlElement run)
    {
        foreach (OpenXmlElement child in run.ChildElements)
        {
            if (child.NamespaceUri != W)
            {
                if (child.LocalName == "AlternateContent" || child.NamespaceUri.Contains("drawingml") || child.NamespaceUri.Contains("vml"))
                {
                    SkippedDrawing = true;
                }

                continue;
            }

            switch (child.LocalName)
            {
                case "fldChar":
                    Field(Attribute(child, "fldCharType"));
                    break;
                case "t" when !inInstruction:
                    text.Append(child.InnerText);
                    break;
                case "tab" when !inInstruction:
                case "ptab" when !inInstruction:
                    text.Append('\t');
                    break;
                case "br" when !inInstruction:
                case "cr" when !inInstruction:
                    text.Append('\n');
                    break;
                case "noBreakHyphen" when !inInstruction:
                    text.Append('-');
                    break;
                case "sym" when !inInstruction:
                    Symbol(child);
                    break;
                case "drawing":
                case "pict":
                case "object":
                    SkippedDrawing = true;
                    break;
                default:
                    // w:instrText, w:delText (only inside w:del), w:softHyphen, w:lastRenderedPageBreak: no visible text.
                    break;
            }
        }
    }

    /// <summary>Complex fields: the instruction (begin … separate) is skipped, the result (separate … end) kept.</summary>
    private void Field(string? type)
    {
        switch (type)
        {
            case "begin":
                instructionStack.Push(inInstruction);
                fieldDepth++;
                inInstruction = true;
                break;
            case "separate" when fieldDepth > 0:
                inInstruction = instructionStack.Count > 0 && instructionStack.Peek();
                break;
            case "end" when fieldDepth > 0:
                fieldDepth--;
                inInstruction = instructionStack.Pop();
                break;
            default:
                break;
        }
    }

    private void Symbol(OpenXmlElement symbol)
    {
        // A w:sym names a glyph of a symbol font; only a code point outside the private-use area is text.
        if (Attribute(symbol, "char") is { } hex
            && int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code)
            && code is >= 0x20 and < 0xD800 and not (>= 0xE000 and <= 0xF8FF))
        {
            text.Append((char)code);
        }
    }

    private static string? Attribute(OpenXmlElement element, string localName)
    {
        foreach (OpenXmlAttribute attribute in element.GetAttributes())
        {
            if (attribute.LocalName == localName && attribute.NamespaceUri == W)
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
