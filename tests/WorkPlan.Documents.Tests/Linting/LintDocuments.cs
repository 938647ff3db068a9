using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>The seed's .docx as the library renders it, and copies of it edited with the Open XML SDK.</summary>
internal static class LintDocuments
{
    private static readonly Lazy<byte[]> LazySeed = new(() => Renderers.Default.RenderDocx(Renderers.Seed()));

    public static byte[] Seed => LazySeed.Value;

    public static IReadOnlyList<Nd30Finding> Lint(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        return Nd30Linter.Check(stream);
    }

    /// <summary>A copy of the seed's .docx with one edit.</summary>
    public static byte[] Edited(Action<WordprocessingDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(Seed);
        using (WordprocessingDocument document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    public static Body Body(WordprocessingDocument document) => document.MainDocumentPart!.Document!.Body!;

    public static Style Style(WordprocessingDocument document, string id) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == id);

    public static StyleRunProperties RunProperties(WordprocessingDocument document, string id) =>
        Style(document, id).StyleRunProperties ??= new StyleRunProperties();

    public static StyleParagraphProperties ParagraphProperties(WordprocessingDocument document, string id) =>
        Style(document, id).StyleParagraphProperties ??= new StyleParagraphProperties();

    /// <summary>Sets a child of a properties element, replacing one of its type (schema order kept by the SDK).</summary>
    public static void Set<T>(OpenXmlCompositeElement properties, T value)
        where T : OpenXmlElement
    {
        properties.RemoveAllChildren<T>();
        properties.AddChild(value);
    }

    public static Paragraph ParagraphWithText(WordprocessingDocument document, string text) =>
        Body(document).Descendants<Paragraph>().First(p => p.InnerText == text);

    /// <summary>The empty paragraph with a border right after the paragraph with <paramref name="text"/>.</summary>
    public static Paragraph RuleAfter(WordprocessingDocument document, string text) =>
        (Paragraph)ParagraphWithText(document, text).ElementsAfter().First(e => e is Paragraph);

    public static SectionProperties Section(WordprocessingDocument document) => Body(document).Elements<SectionProperties>().Single();
}
