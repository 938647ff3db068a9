using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using WorkPlan.Documents.Rendering.Docx;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Tests.Rendering.Docx;

/// <summary>
/// Data-driven: each TestData/Rendering/Documents/&lt;case&gt;.xml rendered with test.css gives the parts in
/// &lt;case&gt;.docx.verified.txt (indented XML of every part), validates with zero Office 2019 errors, and renders to the
/// same bytes twice.
/// </summary>
public sealed class DocxWriterTests
{
    internal static readonly DocxPackageInfo Info = new("Chương trình", "WorkPlan.Documents", Instant.FromUtc(2021, 5, 7, 1, 2, 3));

    public static TheoryData<string> Cases() => RenderingTestData.Cases("Documents", ".xml");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_renders_to_the_expected_parts(string name)
    {
        byte[] docx = Render(name);

        RenderingTestData.Verify("Documents", name + ".docx.verified.txt", DocxParts.Dump(docx));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Document_has_no_validation_errors_for_office_2019(string name)
    {
        using var stream = new MemoryStream(Render(name));
        using var document = WordprocessingDocument.Open(stream, false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rendering_twice_gives_identical_bytes(string name) => Assert.Equal(Render(name), Render(name));

    [Fact]
    public void Zip_entries_have_a_fixed_order_and_date()
    {
        using var zip = new ZipArchive(new MemoryStream(Render("nd30-programme")), ZipArchiveMode.Read);

        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/header1.xml", "word/header2.xml", "word/header3.xml", "docProps/core.xml"],
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Fonts_fill_all_four_slots_and_the_language_is_vietnamese()
    {
        using var stream = new MemoryStream(Render("nd30-programme"));
        using var document = WordprocessingDocument.Open(stream, false);
        var defaults = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;

        var fonts = defaults.RunFonts!;
        Assert.All(new[] { fonts.Ascii?.Value, fonts.HighAnsi?.Value, fonts.EastAsia?.Value, fonts.ComplexScript?.Value }, f => Assert.Equal("Times New Roman", f));
        Assert.Equal("vi-VN", defaults.Languages!.Val!.Value);
        Assert.Equal("26", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public void Core_properties_come_from_the_package_info()
    {
        using var stream = new MemoryStream(Render("nd30-programme"));
        using var document = WordprocessingDocument.Open(stream, false);

        Assert.Equal("Chương trình", document.PackageProperties.Title);
        Assert.Equal("WorkPlan.Documents", document.PackageProperties.Creator);
        Assert.Equal(new DateTime(2021, 5, 7, 1, 2, 3, DateTimeKind.Utc), document.PackageProperties.Created?.ToUniversalTime());
    }

    internal static byte[] Render(string name)
    {
        var document = LayoutMarkupReader.Read(RenderingTestData.Read("Documents", name + ".xml"));
        var styles = StyleSheet.Parse(RenderingTestData.Read("Documents", "test.css"), "test.css");
        using var output = new MemoryStream();
        DocxWriter.Write(new StyleResolver(styles, document), output, Info);
        return output.ToArray();
    }
}
