using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
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

    /// <summary>A letter only Vietnamese writes (đ, ơ, ư, ă, â, ê, ô or a tone mark).</summary>
    private static readonly Regex VietnameseLetter = new("[đĐơƠưƯăĂâÂêÊôÔàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", RegexOptions.None, TimeSpan.FromSeconds(1));

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
        Assert.Equal("thứ \"Thứ 4\" được đọc là thứ của ngày 26/5 (số ngày này được ghi riêng ở dòng 161).", weekday.GetMessage(Vietnamese));
        Assert.Equal("the weekday \"Thứ 4\" is read as the weekday of day 26/5, whose number stands alone on line 161.", weekday.GetMessage(English));

        ImportDiagnostic marker = diagnostics.First(d => d.Code == "IMP17");
        Assert.Equal("\"Buổi sáng\" đứng sau buổi chiều của ngày 22/5 và ngay sau đó là hàng ghi ngày ở dòng 147; dòng này được đọc là \"Buổi sáng\" của ngày đó.", marker.GetMessage(Vietnamese));
        Assert.Equal("\"Buổi sáng\" comes after the Buổi chiều of day 22/5 and is followed by the day row on line 147; it is read as that day's Buổi sáng.", marker.GetMessage(English));
    }

    [Fact]
    public void The_seeds_vietnamese_diagnostics_have_vietnamese_letters_and_the_invariant_culture_reads_english()
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            IReadOnlyList<ImportDiagnostic> diagnostics = SeedFiles.Import().Diagnostics;

            Assert.NotEmpty(diagnostics);
            foreach (ImportDiagnostic diagnostic in diagnostics)
            {
                string vi = diagnostic.GetMessage(Vietnamese);
                Assert.NotEqual(diagnostic.Message, vi);
                Assert.Matches(VietnameseLetter, vi);
                Assert.Equal(diagnostic.Message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_header_value_that_differs_is_named_in_the_language_of_the_message()
    {
        var header = new ImportHeader(Samples.Agency, Samples.Signature, number: 7, placeName: "Hà Nội", issueDate: new LocalDate(2021, 5, 1));
        ImportResult result = ProgrammeTextImporter.Import("Số:    /CTr-VPĐP\nHà Tĩnh, ngày 7 tháng 5 năm 2021\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021\n", header);
        string[] english = result.Diagnostics.Where(d => d.Code == "IMP23").Select(d => d.GetMessage(English)).ToArray();
        string[] vietnamese = result.Diagnostics.Where(d => d.Code == "IMP23").Select(d => d.GetMessage(Vietnamese)).ToArray();

        Assert.Equal(
            [
                "the header file's number \"7\" differs from the text's \"none (a draft)\"; the text's is used.",
                "the header file's placeName \"Hà Nội\" differs from the text's \"Hà Tĩnh\"; the text's is used.",
                "the header file's issueDate \"2021-05-01\" differs from the text's \"2021-05-07\"; the text's is used.",
            ],
            english);
        Assert.Equal(
            [
                "số \"7\" trong tệp header khác với \"không có (bản dự thảo)\" trong văn bản; dùng giá trị của văn bản.",
                "địa danh \"Hà Nội\" trong tệp header khác với \"Hà Tĩnh\" trong văn bản; dùng giá trị của văn bản.",
                "ngày ban hành \"2021-05-01\" trong tệp header khác với \"2021-05-07\" trong văn bản; dùng giá trị của văn bản.",
            ],
            vietnamese);
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
