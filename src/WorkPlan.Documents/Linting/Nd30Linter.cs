using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// Checks any .docx — made by this library, Word, LibreOffice, NPOI, the <c>docx</c> npm library or by hand — against
/// the formatting rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, that can be read from the file (<see cref="Nd30Rules"/>;
/// <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/lint.md">docs/lint.md</see>): page size and margins, Times New Roman in black, the size and style of each element of the
/// document, page numbers, the two-column header and the signature block.
/// </summary>
/// <remarks>
/// The elements are recognised by their content and position, never by style names: the Quốc hiệu by its words, the
/// agency as the column beside it, "Số:" and the date by their form, "Nơi nhận:" by its words. Formatting is what
/// each run shows: its effective properties through document defaults, table, paragraph and character styles
/// (with their <c>basedOn</c> chains), direct formatting and theme fonts. The document is read once, each style chain
/// resolved once.
/// </remarks>
/// <threadsafety>Stateless and thread-safe; each call reads its own document.</threadsafety>
public static class Nd30Linter
{
    /// <summary>Checks a .docx against Nghị định 30.</summary>
    /// <param name="docx">The document: any readable stream (it is copied first when it cannot seek); left open.</param>
    /// <returns>The findings, by rule id and then in document order; empty when the document breaks no rule checked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a Word document (.docx): not a package, a legacy .doc, or without its main document part.</exception>
    public static IReadOnlyList<Nd30Finding> Check(Stream docx)
    {
        if (docx is null)
        {
            throw new ArgumentNullException(nameof(docx));
        }

        Stream source = docx;
        if (!docx.CanSeek)
        {
            var copy = new MemoryStream();
            docx.CopyTo(copy);
            copy.Position = 0;
            source = copy;
        }

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(source, isEditable: false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or IOException or FormatException or XmlException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException("The file is not a Word document (.docx): " + e.Message, e);
        }

        using (document)
        {
            try
            {
                return Check(document);
            }
            catch (Exception e) when (e is OpenXmlPackageException or XmlException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException("The Word document cannot be read: " + e.Message, e);
            }
        }
    }

    private static IReadOnlyList<Nd30Finding> Check(WordprocessingDocument document)
    {
        MainDocumentPart main = document.MainDocumentPart
            ?? throw new InvalidDataException("The file is a package but not a Word document: it has no main document part (word/document.xml).");
        Body body = main.Document?.Body
            ?? throw new InvalidDataException("The Word document has no body (word/document.xml holds no w:body).");

        var resolver = FormatResolver.For(main);
        ScannedPart scanned = DocxScanner.Scan(body, "document", resolver);
        IReadOnlyList<SectionHeaders> headers = Headers(main, scanned.Sections, resolver);
        var report = new LintReport();

        PageSetupCheck.Run(scanned.Sections, report);
        var headerParagraphs = headers.SelectMany(h => h.All).Distinct().SelectMany(h => h.Paragraphs);
        FontCheck.Run(scanned.Paragraphs.Concat(headerParagraphs), report);
        PageNumberCheck.Run(scanned.Sections, headers, Pages(document), report);

        DocumentParts parts = PartLocator.Locate(scanned.Paragraphs);
        HeaderCheck.Run(parts, scanned.Paragraphs, report);
        TitleCheck.Run(parts, scanned.Paragraphs, report);
        BodyCheck.Run(parts, report);
        ClosingCheck.Run(parts, report);
        return report.ToList();
    }

    /// <summary>Each section's headers and footers; a section that names none of a type inherits the previous section's.</summary>
    private static List<SectionHeaders> Headers(MainDocumentPart main, IReadOnlyList<DocxSection> sections, FormatResolver resolver)
    {
        var scannedParts = new Dictionary<OpenXmlPart, ScannedHeader>();
        ScannedHeader Scan(OpenXmlPart part)
        {
            if (!scannedParts.TryGetValue(part, out ScannedHeader? header))
            {
                string name = part.Uri.OriginalString.Substring(part.Uri.OriginalString.LastIndexOf('/') + 1);
                DocumentFormat.OpenXml.OpenXmlElement? root = part switch
                {
                    HeaderPart h => h.Header,
                    FooterPart f => f.Footer,
                    _ => null,
                };
                header = new ScannedHeader(name, root is null ? [] : DocxScanner.Scan(root, name, resolver).Paragraphs);
                scannedParts.Add(part, header);
            }

            return header;
        }

        var result = new List<SectionHeaders>();
        var current = new Dictionary<string, ScannedHeader>(StringComparer.Ordinal);
        var footers = new Dictionary<string, ScannedHeader>(StringComparer.Ordinal);
        foreach (DocxSection section in sections)
        {
            foreach (HeaderReference reference in section.Properties?.Elements<HeaderReference>() ?? [])
            {
                if (reference.Id?.Value is { } id && main.TryGetPartById(id, out OpenXmlPart? part))
                {
                    current[reference.Type?.InnerText ?? "default"] = Scan(part);
                }
            }

            foreach (FooterReference reference in section.Properties?.Elements<FooterReference>() ?? [])
            {
                if (reference.Id?.Value is { } id && main.TryGetPartById(id, out OpenXmlPart? part))
                {
                    footers[reference.Type?.InnerText ?? "default"] = Scan(part);
                }
            }

            result.Add(new SectionHeaders(
                current.TryGetValue("default", out ScannedHeader? d) ? d : null,
                current.TryGetValue("first", out ScannedHeader? f) ? f : null,
                current.TryGetValue("even", out ScannedHeader? e) ? e : null,
                footers.Values.ToList()));
        }

        return result;
    }

    /// <summary>The page count the producing application recorded in docProps/app.xml, or null.</summary>
    private static int? Pages(WordprocessingDocument document) =>
        RunFormat.ParseInt(document.ExtendedFilePropertiesPart?.Properties?.Pages?.Text);
}
