using WorkPlan.Documents.DocxImport;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.DocxImport;

/// <summary>
/// Documents LibreOffice wrote: the seed's HTML saved as .docx by LibreOffice, and the seed saved as a legacy .doc
/// (which the importer converts back through LibreOffice). Both import to the seed as a .docx carries it (the seed's
/// reviewed JSON, <see cref="DocxRoundTripTests.Comparable"/>). Without LibreOffice a .doc is a clear error.
/// </summary>
public sealed class LegacyDocTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    [Fact]
    public void A_doc_without_the_converter_is_an_error_naming_the_missing_converter()
    {
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var options = new DocxImportOptions(converterPath: "/nonexistent/libreoffice/soffice");

        var error = Assert.Throws<ProgrammeImportException>(() => ProgrammeDocxImporter.Import(new MemoryStream(doc), ImportHeader.Blank, null, options));

        Assert.Contains("legacy Word .doc", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"/nonexistent/libreoffice/soffice\" was not found", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, true)]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, true)]
    [InlineData(new byte[] { 0x7B, 0x0A }, false)]
    [InlineData(new byte[0], false)]
    public void Word_documents_are_told_by_their_first_bytes(byte[] bytes, bool expected)
    {
        Assert.Equal(expected, ProgrammeDocxImporter.IsWordDocument(bytes));
    }

    [Fact]
    public void Options_refuse_an_empty_converter_and_a_timeout_that_is_not_positive()
    {
        Assert.Throws<ArgumentException>(() => new DocxImportOptions(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocxImportOptions(null, TimeSpan.Zero));
        Assert.Equal(DocxImportOptions.DefaultConverter, DocxImportOptions.Default.ConverterPath);
    }

#if !NETSTANDARD_LEG
    // One leg is enough: the conversions are LibreOffice's, the same for both builds of the library.
    [LibreOfficeFact]
    public void The_seed_html_saved_as_docx_by_LibreOffice_imports_to_the_seed()
    {
        string folder = TemporaryFolder();
        try
        {
            string html = Path.Combine(folder, "seed.html");
            File.WriteAllText(html, Renderers.Default.RenderHtml(Renderers.Seed()));
            ExternalTools.Run("soffice", [Profile(folder), "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", folder, html], Timeout);

            using FileStream docx = File.OpenRead(Path.Combine(folder, "seed.docx"));
            DocxImportResult result = ProgrammeDocxImporter.Import(docx, ImportHeader.Blank);

            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.Equal(WorkProgrammeJson.Serialize(DocxRoundTripTests.Comparable(Renderers.Seed())), WorkProgrammeJson.Serialize(result.Programme));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [LibreOfficeFact]
    public void The_seed_saved_as_a_legacy_doc_imports_through_LibreOffice_to_the_seed()
    {
        string folder = TemporaryFolder();
        try
        {
            string docx = Path.Combine(folder, "seed.docx");
            File.WriteAllBytes(docx, Renderers.Default.RenderDocx(Renderers.Seed(), RenderOptions.Default));
            ExternalTools.Run("soffice", [Profile(folder), "--headless", "--convert-to", "doc", "--outdir", folder, docx], Timeout);

            using FileStream doc = File.OpenRead(Path.Combine(folder, "seed.doc"));
            DocxImportResult result = ProgrammeDocxImporter.Import(doc, ImportHeader.Blank, null, new DocxImportOptions(conversionTimeout: Timeout));

            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.Equal(WorkProgrammeJson.Serialize(DocxRoundTripTests.Comparable(Renderers.Seed())), WorkProgrammeJson.Serialize(result.Programme));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string TemporaryFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "workplan-docx-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A LibreOffice profile of the test's own, so conversions never wait on another instance's lock.</summary>
    private static string Profile(string folder) => "-env:UserInstallation=" + new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
#endif
}
