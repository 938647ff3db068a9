using System.Globalization;
using WorkPlan.Documents.DocxImport;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Tests.Import;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Localization;

/// <summary>The importers' diagnostics in English and Vietnamese, from ImportMessages.resx and its vi satellite.</summary>
public class ImportMessagesTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void The_seeds_text_import_diagnostics_are_worded_in_vietnamese_for_a_vietnamese_culture()
    {
        IReadOnlyList<ImportDiagnostic> diagnostics = SeedFiles.Import().Diagnostics;

        Assert.NotEmpty(diagnostics);
        foreach (ImportDiagnostic diagnostic in diagnostics)
        {
            Assert.NotEqual(diagnostic.GetMessage(English), diagnostic.GetMessage(Vietnamese));
            Assert.Equal(diagnostic.GetMessage(Vietnamese), diagnostic.GetMessage(CultureInfo.GetCultureInfo("vi-VN")));
            Assert.Equal(diagnostic.Message, diagnostic.GetMessage(English));
        }

        ImportDiagnostic weekday = diagnostics.First(d => d.Code == "IMP13");
        Assert.Equal("thứ \"Thứ 4\" được đọc là thứ của ngày 26/5, ngày mà số ngày đứng riêng ở dòng 161.", weekday.GetMessage(Vietnamese));
        Assert.Equal("the weekday \"Thứ 4\" is read as the weekday of day 26/5, whose number stands alone on line 161.", weekday.GetMessage(English));
    }

    [Fact]
    public void A_docx_imports_diagnostics_are_worded_in_vietnamese_too()
    {
        byte[] docx = Renderers.Default.RenderDocx(Renderers.Seed());
        using var stream = new MemoryStream(docx);
        DocxImportResult result = ProgrammeDocxImporter.Import(stream, SeedFiles.Header);

        foreach (ImportDiagnostic diagnostic in result.Diagnostics)
        {
            Assert.NotEqual(diagnostic.GetMessage(English), diagnostic.GetMessage(Vietnamese));
        }
    }

    [Fact]
    public void Message_follows_the_current_ui_culture_and_a_callers_diagnostic_keeps_its_text()
    {
        ImportDiagnostic diagnostic = SeedFiles.Import().Diagnostics.First(d => d.Code == "IMP13");
        var given = new ImportDiagnostic(ImportSeverity.Warning, "APP01", 3, "x", "given text");
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.StartsWith("thứ \"Thứ 4\"", diagnostic.Message, StringComparison.Ordinal);
            Assert.Equal("given text", given.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.Equal("given text", given.GetMessage(Vietnamese));
        Assert.Throws<ArgumentNullException>("culture", () => given.GetMessage(null!));
    }
}
