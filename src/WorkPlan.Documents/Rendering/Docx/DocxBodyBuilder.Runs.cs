using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>Runs: text (with tabs and preserved spaces), line breaks and the PAGE field.</summary>
internal sealed partial class DocxBodyBuilder
{
    private readonly Dictionary<(StyleProperties Direct, InlineFormat Format), StyleProperties> runCache = new(RunKeyComparer.Instance);

    private void AppendRuns(OpenXmlCompositeElement paragraph, IReadOnlyList<LayoutInline> content, StyleProperties direct)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case LayoutText text:
                    paragraph.AppendChild(TextRun(text.Text, inline.Format, direct));
                    break;
                case LayoutLineBreak:
                    paragraph.AppendChild(new Run(new Break()));
                    break;
                case LayoutPageNumber:
                    var cached = StartRun(inline.Format, direct);
                    cached.AppendChild(new WordText("1"));
                    paragraph.AppendChild(new SimpleField(cached) { Instruction = " PAGE " });
                    break;
            }
        }
    }

    private Run TextRun(string text, InlineFormat format, StyleProperties direct)
    {
        var run = StartRun(format, direct);
        int tab = text.IndexOf('\t');
        if (tab < 0)
        {
            run.AppendChild(TextElement(text));
            return run;
        }

        int start = 0;
        while (tab >= 0)
        {
            if (tab > start)
            {
                run.AppendChild(TextElement(text.Substring(start, tab - start)));
            }

            run.AppendChild(new TabChar());
            start = tab + 1;
            tab = text.IndexOf('\t', start);
        }

        if (start < text.Length)
        {
            run.AppendChild(TextElement(text.Substring(start)));
        }

        return run;
    }

    private static WordText TextElement(string text)
    {
        var element = new WordText(text);
        if (text[0] == ' ' || text[text.Length - 1] == ' ' || text.Contains("  "))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        return element;
    }

    /// <summary>
    /// A run with its properties: the span's character style, the b/i/u around it, and the containers' inherited
    /// text properties the span's class does not override. The span class's bold, italic and capitals are repeated
    /// as direct formatting because Word toggles those when a character style and a paragraph style both set them.
    /// </summary>
    private Run StartRun(InlineFormat format, StyleProperties direct)
    {
        if (format.IsPlain && ReferenceEquals(direct, StyleProperties.Empty))
        {
            return new Run();
        }

        if (!runCache.TryGetValue((direct, format), out var properties))
        {
            properties = direct;
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
            runCache.Add((direct, format), properties);
        }

        if (format.ClassName is null && !properties.HasRunProperties)
        {
            return new Run();
        }

        var rPr = new RunProperties();
        if (format.ClassName is not null)
        {
            rPr.AppendChild(new RunStyle { Val = ids.CharacterStyleId(format.ClassName) });
        }

        WordFormatting.AppendRun(rPr, properties);
        return new Run(rPr);
    }

    /// <summary>
    /// Compares run-cache keys by the identity of the direct formatting (interned per context and style) and the
    /// value of the inline format, so a lookup does not hash every field of a <see cref="StyleProperties"/>.
    /// </summary>
    private sealed class RunKeyComparer : IEqualityComparer<(StyleProperties Direct, InlineFormat Format)>
    {
        public static readonly RunKeyComparer Instance = new();

        public bool Equals((StyleProperties Direct, InlineFormat Format) x, (StyleProperties Direct, InlineFormat Format) y) =>
            ReferenceEquals(x.Direct, y.Direct) && x.Format == y.Format;

        public int GetHashCode((StyleProperties Direct, InlineFormat Format) obj) =>
            (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Direct) * 397) ^ obj.Format.GetHashCode();
    }
}
