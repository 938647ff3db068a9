using System.Text;
using NodaTime;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>Parts of the accepted layout beyond the seed, and the header file.</summary>
public class ImportFeatureTests
{
    private static readonly ImportHeader Header = new(Samples.Agency, Samples.Signature);

    private static ImportResult Import(params string[] lines) => ProgrammeTextImporter.Import(string.Join("\n", lines), Header);

    [Fact]
    public void A_full_header_with_number_line_extra_columns_start_times_and_and_separated_leaders_is_read()
    {
        ImportResult result = Import(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/CTr-UBND\tXã A, ngày 28 tháng 4 năm 2021",
            "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021",
            "2. Lịch làm việc tháng 5/2021:",
            "THỨ/NGÀY\tTHỜI GIAN, NỘI DUNG\tĐƠN VỊ CHUẨN BỊ\tTHÀNH PHẦN\tĐỊA ĐIỂM\tGHI CHÚ",
            "04 T3\tSáng: 8h00: Họp giao ban\tVăn phòng\tĐ/c Oánh và đ/c Long\tHội trường\tMang tài liệu",
            "\t14 giờ 30 - Làm việc với xã B (Lịch UBND tỉnh) (cả ngày)\tVăn phòng\tđ/c Anh; Lãnh đạo Văn phòng\t\t");

        WorkProgramme programme = result.Programme;
        Assert.Equal((12, "CTr-UBND", "Xã A", new LocalDate(2021, 4, 28)), (programme.Identity.Number, programme.Identity.Symbol, programme.Identity.PlaceName, programme.Identity.IssueDate));
        Assert.Equal(AssumedFields.Agency | AssumedFields.Signature, programme.Assumed);
        Assert.Equal([SourceLineKind.NationalHeading, SourceLineKind.NationalHeading, SourceLineKind.NumberAndSymbol, SourceLineKind.Title], result.Lines.Take(4).Select(l => l.Kind));

        ScheduleEntry briefing = programme.Schedule.Days.Single().GetSession(SessionKind.Morning)!.Entries[0];
        Assert.Equal(("Họp giao ban", new LocalTime(8, 0), "Hội trường"), (briefing.Content, briefing.StartTime!.Value, briefing.Location!));
        Assert.Equal(["Oánh", "Long"], briefing.Leaders.Select(p => p.Name));
        Assert.Equal("Mang tài liệu", briefing.Fields["GHI CHÚ"]);
        Assert.Equal(IsoDayOfWeek.Tuesday, programme.Schedule.Days.Single().WrittenWeekday);

        ScheduleEntry visit = programme.Schedule.Days.Single().GetSession(SessionKind.Morning)!.Entries[1];
        Assert.Equal(("Làm việc với xã B", new LocalTime(14, 30), true, "UBND tỉnh"), (visit.Content, visit.StartTime!.Value, visit.IsAllDay, visit.CalendarOf!));
        Assert.Equal([("Anh", Person.Comrade), ("Lãnh đạo Văn phòng", null)], visit.Leaders.Select(p => (p.Name, p.Honorific)));
        Assert.Contains(result.Diagnostics, d => d.Code == "IMP06" && d.Message.Contains("GHI CHÚ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_wins_over_the_header_file_and_the_difference_is_reported()
    {
        var header = new ImportHeader(Samples.Agency, Samples.Signature, number: 7, symbol: "CTr-VPĐP", placeName: "Hà Nội", issueDate: new LocalDate(2021, 5, 1));
        ImportResult result = ProgrammeTextImporter.Import("Hà Tĩnh, ngày 7 tháng 5 năm 2021\nCHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021\n", header);

        Assert.Equal(("Hà Tĩnh", new LocalDate(2021, 5, 7), 7), (result.Programme.Identity.PlaceName, result.Programme.Identity.IssueDate, result.Programme.Identity.Number!.Value));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == "IMP23"));
        Assert.Equal(AssumedFields.Agency | AssumedFields.Number | AssumedFields.Symbol | AssumedFields.Signature, result.Programme.Assumed);
    }

    [Fact]
    public void Header_values_fill_what_the_text_lacks_and_are_marked_assumed()
    {
        var recipients = new RecipientList([new Recipient("UBND tỉnh")], ["VT", "VPĐP"]);
        var header = new ImportHeader(Samples.Agency, Samples.Signature, placeName: "Hà Tĩnh", issueDate: new LocalDate(2021, 5, 7), month: new YearMonth(2021, 5), recipients: recipients);
        ImportResult result = ProgrammeTextImporter.Import("04 Thứ 3\tBuổi sáng: Giao ban\tPhòng HCTHTT\tĐ/c Oánh\n", header);

        WorkProgramme programme = result.Programme;
        Assert.Equal("CTr-VPĐP", programme.Identity.Symbol);
        Assert.Equal(AssumedFields.Agency | AssumedFields.Symbol | AssumedFields.PlaceName | AssumedFields.IssueDate | AssumedFields.Signature | AssumedFields.Recipients, programme.Assumed);
        Assert.Same(recipients, programme.Recipients);
        Assert.Equal(["IMP05", "IMP24", "IMP28"], result.Diagnostics.Select(d => d.Code).OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void The_month_comes_from_the_schedule_heading_when_the_title_has_none()
    {
        ImportResult result = Import("Hà Tĩnh, ngày 7 tháng 5 năm 2021", "2. Dự kiến lịch làm việc tháng 6/2021:", "01 Thứ 3\tBuổi sáng: Giao ban\t\t");
        Assert.Equal(new YearMonth(2021, 6), result.Programme.Period.Month);
        Assert.Equal(new LocalDate(2021, 6, 1), result.Programme.Schedule.Days.Single().Date);
    }

    [Fact]
    public void Without_a_month_or_an_issue_date_the_documented_error_names_the_line()
    {
        ProgrammeImportException noMonth = Assert.Throws<ProgrammeImportException>(() => Import("Hà Tĩnh, ngày 7 tháng 5 năm 2021", "", "04 Thứ 3\tBuổi sáng:\t\t"));
        Assert.Equal(3, noMonth.LineNumber);
        Assert.Contains("month", noMonth.Message, StringComparison.Ordinal);

        ProgrammeImportException noDate = Assert.Throws<ProgrammeImportException>(() => Import("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021"));
        Assert.Null(noDate.LineNumber);
        Assert.Contains("\"placeName\"", noDate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_endings_byte_order_marks_and_utf16_are_read_alike()
    {
        string text = SeedFiles.Text;
        string expected = ImportListing.Entries(ProgrammeTextImporter.Import(text, SeedFiles.Header));
        foreach (byte[] bytes in new[]
        {
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray(),
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD) + "\n"),
        })
        {
            using var stream = new MemoryStream(bytes);
            ImportResult result = ProgrammeTextImporter.ImportStream(stream, SeedFiles.Header);
            Assert.Equal(expected, ImportListing.Entries(result));
            Assert.Equal(199, result.Lines.Count);
        }
    }

    [Fact]
    public void The_header_file_is_read_with_json_paths_in_its_errors()
    {
        ImportHeader header = SeedFiles.Header;
        Assert.Equal(("VPĐP", 5, "CTr-VPĐP", "Nguyễn Văn A"), (header.Agency.Abbreviation, header.Number!.Value, header.Symbol!, header.Signature.SignerName));

        ProgrammeImportException unknown = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse(
            """{ "headerVersion": 1, "agency": { "nameLines": ["A"], "abbreviation": "A" }, "signature": { "signerTitle": "T", "signerName": "N" }, "signr": 1 }"""));
        Assert.Contains("signr", unknown.Message, StringComparison.Ordinal);

        ProgrammeImportException spaces = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse(
            """{ "headerVersion": 1, "agency": { "nameLines": ["A"], "abbreviation": "A" }, "symbol": "CTr VPĐP", "signature": { "signerTitle": "T", "signerName": "N" } }"""));
        Assert.Contains("$.symbol", spaces.Message, StringComparison.Ordinal);

        ProgrammeImportException version = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse(
            """{ "headerVersion": 2, "agency": { "nameLines": ["A"], "abbreviation": "A" }, "signature": { "signerTitle": "T", "signerName": "N" } }"""));
        Assert.Contains("$.headerVersion", version.Message, StringComparison.Ordinal);

        ProgrammeImportException missing = Assert.Throws<ProgrammeImportException>(() => ImportHeader.Parse("""{ "headerVersion": 1 }"""));
        Assert.Contains("agency", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_repeated_without_a_following_day_row_adds_to_the_same_session()
    {
        ImportResult result = Import(
            "Hà Tĩnh, ngày 7 tháng 5 năm 2021",
            "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021",
            "04 Thứ 3\tBuổi sáng:\t\t",
            "\tGiao ban\tPhòng HCTHTT\tĐ/c Oánh",
            "\tBuổi chiều:\t\t",
            "\tBuổi sáng:\t\t",
            "\tHọp\tPhòng OCOP\tĐ/c Dực");

        ScheduleDay day = result.Programme.Schedule.Days.Single();
        Assert.Equal(["Giao ban", "Họp"], day.GetSession(SessionKind.Morning)!.Entries.Select(e => e.Content));
        Assert.Equal("IMP18", Assert.Single(result.Diagnostics, d => d.LineNumber == 6).Code);
    }

    [Fact]
    public void The_published_header_schema_lists_exactly_the_fields_the_reader_accepts()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "docs", "import-header.v1.schema.json")));
        var documented = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        var accepted = typeof(WorkPlan.Documents.Serialization.JsonShape.ImportHeader).GetProperties()
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1)).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(accepted, documented);
    }
}
