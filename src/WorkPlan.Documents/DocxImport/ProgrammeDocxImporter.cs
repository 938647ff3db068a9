using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// Imports an existing work programme or weekly schedule saved by Word, LibreOffice or this library as .docx (or as a
/// legacy .doc, converted through LibreOffice): the header block (agency lines, "Số:", place and date), tên loại and
/// trích yếu, the focus tasks, the schedule table in its many shapes, "Nơi nhận" and the signature (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-docx.md">docs/import-docx.md</see>).
/// </summary>
/// <remarks>
/// <para>
/// The guarantees are the text importer's (<see cref="ProgrammeTextImporter"/>), whose column detection, day and
/// session reading and diagnostics it shares: every paragraph and table row gets an account in
/// <see cref="DocxImportResult.Lines"/> with its place in <see cref="DocxImportResult.Locations"/>, and whatever cannot be
/// placed becomes an <see cref="ImportDiagnostic"/> with its text. What the document lacks comes from the
/// <see cref="ImportHeader"/> and is marked in <see cref="WorkProgramme.Assumed"/>.
/// </para>
/// <para>
/// Text is read as Word shows it with all tracked changes accepted: inserted text kept, deleted and moved-away text
/// dropped; fields by their result; content controls looked through.
/// </para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class ProgrammeDocxImporter
{
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Imports a programme from a .docx, or a legacy .doc converted through LibreOffice (told apart by their first bytes).</summary>
    /// <param name="document">The file's bytes; read to its end, not disposed.</param>
    /// <param name="header">The values the document lacks (agency or signature when it has none, the number of a draft…).</param>
    /// <param name="dayClassifier">Decides the status of days the document does not mark "Nghỉ lễ"; default weekends only.</param>
    /// <param name="options">How a .doc is converted; null for <see cref="DocxImportOptions.Default"/>.</param>
    /// <returns>The programme, its diagnostics and the account of every paragraph and row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="header"/> is null.</exception>
    /// <exception cref="ProgrammeImportException">
    /// The bytes are not a Word document, the .docx is damaged, a .doc cannot be converted (the converter is missing or
    /// fails), or the document is not a programme (no title, section 2 or schedule table; no period).
    /// </exception>
    public static DocxImportResult Import(Stream document, ImportHeader header, IDayClassifier? dayClassifier = null, DocxImportOptions? options = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (header is null)
        {
            throw new ArgumentNullException(nameof(header));
        }

        using var buffer = new MemoryStream();
        document.CopyTo(buffer);
        byte[] bytes = buffer.ToArray();
        if (StartsWith(bytes, OleMagic))
        {
            bytes = LegacyDocConverter.Convert(bytes, options ?? DocxImportOptions.Default);
        }
        else if (!StartsWith(bytes, ZipMagic))
        {
            throw new ProgrammeImportException(null, bytes.Length == 0
                ? "the file is empty; expected a Word document (.docx or .doc)."
                : "the file is not a Word document: a .docx starts with the bytes of a ZIP package (\"PK\") and a .doc with those of an OLE compound file; this has neither (a text file? import it as text).");
        }

        return ImportDocx(bytes, header, dayClassifier ?? WeekendDayClassifier.Instance);
    }

    /// <summary>Returns whether bytes start like a Word document: a ZIP package (.docx) or an OLE compound file (.doc).</summary>
    /// <param name="bytes">The file's first bytes (eight are enough).</param>
    /// <returns>True for a .docx or .doc by its signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public static bool IsWordDocument(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        return StartsWith(bytes, ZipMagic) || StartsWith(bytes, OleMagic);
    }

    private static DocxImportResult ImportDocx(byte[] bytes, ImportHeader header, IDayClassifier classifier)
    {
        IReadOnlyList<DocxBlock> blocks;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using WordprocessingDocument word = WordprocessingDocument.Open(stream, false);
            MainDocumentPart main = word.MainDocumentPart
                ?? throw new ProgrammeImportException(null, "the package has no main document part (word/document.xml): it is not a Word document.");
            OpenXmlElement body = main.Document?.Body
                ?? throw new ProgrammeImportException(null, "the main document part has no body.");
            blocks = new DocxBodyReader(new DocxStyles(main.StyleDefinitionsPart)).Read(body);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            throw new ProgrammeImportException(null, "the file is not a valid .docx (" + ex.Message + ").", ex);
        }

        if (blocks.All(b => b.Text.Trim().Length == 0))
        {
            throw new ProgrammeImportException(null, "the document has no text.");
        }

        var log = new ImportLog();
        var parser = new DocxLayoutParser(blocks, log, header);
        parser.Run();
        WorkProgramme programme = DocxProgrammeAssembly.Build(parser, header, classifier, log);
        return new DocxImportResult(
            programme,
            log.ToList(),
            parser.Records.Select(r => r.ToSourceLine()).ToList().AsReadOnly(),
            blocks.Select(b => b.Location).ToList().AsReadOnly());
    }

    private static bool StartsWith(byte[] bytes, byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (int i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
