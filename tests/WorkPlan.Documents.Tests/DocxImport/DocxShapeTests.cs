using System.Runtime.CompilerServices;
using System.Text;
using WorkPlan.Documents.DocxImport;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Tests.Common;
using static WorkPlan.Documents.Tests.DocxImport.TestDocx;

namespace WorkPlan.Documents.Tests.DocxImport;

/// <summary>
/// Tables in the shapes offices write them, built with the Open XML SDK: each imports with every paragraph and row
/// accounted for, and both the programme (JSON) and the account (location, kind, text; diagnostics) match reviewed
/// goldens.
/// </summary>
public sealed class DocxShapeTests
{
    private const string ColumnHeader =
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "<w:tc><w:p><w:r><w:t>NGÀY/</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>THỨ</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>NỘI DUNG </w:t></w:r><w:r><w:t>CÔNG VIỆC</w:t></w:r></w:p></w:tc>"
        + "<w:tc><w:p><w:r><w:t>CHỦ TRÌ CHUẨN BỊ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>LÃNH ĐẠO CHỦ TRÌ</w:t></w:r></w:p></w:tc></w:tr>";

    /// <summary>
    /// Day cells merged vertically (w:vMerge), "Buổi sáng:" marker rows across the width (w:gridSpan), a holiday row
    /// across three columns, the header row repeated after a page break, text split over runs and paragraphs.
    /// </summary>
    [Fact]
    public void Merged_day_cells_with_marker_rows_and_a_holiday_row()
    {
        string body =
            HeaderBlock("Số: 15/CTr-VP", "Đức Thọ, ngày 28 tháng 5 năm 2021")
            + P("CHƯƠNG TRÌNH") + P("Công tác tháng 6 năm 2021")
            + P("1. Các công việc cần tập trung cao:")
            + P("Hoàn thành báo cáo sơ kết 6 tháng.", "ListBullet")
            + "<w:p><w:r><w:t xml:space=\"preserve\">- Chuẩn bị </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>kỳ họp</w:t></w:r><w:r><w:t xml:space=\"preserve\"> HĐND.</w:t></w:r></w:p>"
            + P("2. Dự kiến lịch làm việc tháng 6/2021:")
            + Table(
                4,
                ColumnHeader,
                Row(CellXml(P("01/6") + P("Thứ Ba"), vMerge: "restart"), CellXml(P("Buổi sáng:"), span: 3)),
                Row(CellXml("<w:p/>", vMerge: ""), Cell("Giao ban đầu tháng"), Cell("Văn phòng"), Cell("Đ/c Oánh, đ/c Long")),
                Row(CellXml("<w:p/>", vMerge: ""), CellXml(P("Buổi chiều:"), span: 3)),
                Row(CellXml("<w:p/>", vMerge: ""), CellXml(P("Họp Ban chỉ đạo") + P("xây dựng nông thôn mới")), Cell("Phòng NN"), Cell("Đ/c Long")),
                Row(Cell("02/6 Thứ Tư"), CellXml(P("Nghỉ lễ"), span: 3)),
                ColumnHeader,
                Row(CellXml(P("03/6") + P("Thứ Năm"), vMerge: "restart"), Cell("Buổi sáng: Tiếp công dân (cả ngày)"), Cell("Ban Tiếp dân"), Cell("Đ/c Oánh")))
            + Closing();

        AssertImport(body);
    }

    /// <summary>
    /// A session column ("BUỔI") instead of marker rows, the day written again on every row of the day, a blank day
    /// cell on a continuation row, a location column, a one-line title ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG …").
    /// </summary>
    [Fact]
    public void Repeated_day_cells_and_a_session_column()
    {
        string body =
            HeaderBlock("Số: 20/CTr-VP", "Đức Thọ, ngày 30 tháng 6 năm 2021")
            + P("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 7 NĂM 2021")
            + Table(
                6,
                Row(Cell("NGÀY"), Cell("BUỔI"), Cell("NỘI DUNG"), Cell("ĐỊA ĐIỂM"), Cell("ĐƠN VỊ CHUẨN BỊ"), Cell("THÀNH PHẦN")),
                Row(Cell("05/7 Thứ Hai"), Cell("Sáng"), Cell("8h00: Giao ban"), Cell("Phòng họp 1"), Cell("Văn phòng"), Cell("Lãnh đạo UBND huyện")),
                Row(Cell("05/7 Thứ Hai"), Cell("Sáng"), Cell("Duyệt kế hoạch"), Cell(string.Empty), Cell("Phòng TC-KH"), Cell("Đ/c Long")),
                Row(Cell("05/7 Thứ Hai"), Cell("Chiều"), Cell("Làm việc với xã Tùng Ảnh"), Cell("Xã Tùng Ảnh"), Cell(string.Empty), Cell("Đ/c Oánh")),
                Row(Cell("06/7 Thứ Ba"), Cell("Sáng"), Cell("Kiểm tra công trình (Lịch UBND tỉnh)"), Cell(string.Empty), Cell("Phòng KT-HT"), Cell("Đ/c Long")),
                Row(Cell(string.Empty), Cell("Tối"), Cell("Trực cơ quan"), Cell(string.Empty), Cell("Văn phòng"), Cell(string.Empty)))
            + Closing();

        AssertImport(body);
    }

    /// <summary>
    /// Tracked changes (inserted text kept, deleted text, a moved-away run and a deleted row dropped), a simple and a
    /// complex field (their results), content controls around a paragraph, a run and a row, a nested table in a cell.
    /// </summary>
    [Fact]
    public void Tracked_changes_fields_content_controls_and_a_nested_table()
    {
        string body =
            HeaderBlock("Số: 21/CTr-VP", "Đức Thọ, ngày 30 tháng 6 năm 2021")
            + P("CHƯƠNG TRÌNH")
            + "<w:sdt><w:sdtPr><w:alias w:val=\"Trích yếu\"/></w:sdtPr><w:sdtContent>" + P("Công tác tuần từ ngày 05/7 đến ngày 11/7/2021") + "</w:sdtContent></w:sdt>"
            + P("2. Dự kiến lịch làm việc tuần:")
            + Table(
                4,
                ColumnHeader,
                Row(
                    Cell("05/7 Thứ Hai"),
                    CellXml("<w:p>" + R("Buổi sáng: Họp ")
                        + "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>giao ban tháng</w:delText></w:r></w:del>"
                        + "<w:ins w:id=\"2\" w:author=\"A\">" + R("giao ban tuần") + "</w:ins>"
                        + "<w:moveFrom w:id=\"3\" w:author=\"A\">" + R(" (cũ)") + "</w:moveFrom></w:p>"),
                    CellXml("<w:p><w:fldSimple w:instr=\" DOCPROPERTY Unit \">" + R("Văn phòng") + "</w:fldSimple></w:p>"),
                    CellXml("<w:p>" + R("Đ/c ")
                        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> MERGEFIELD Leader </w:instrText></w:r>"
                        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("Oánh") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>")),
                "<w:tr><w:trPr><w:del w:id=\"4\" w:author=\"A\"/></w:trPr>" + Cell(string.Empty) + Cell("Dòng đã xóa") + Cell(string.Empty) + Cell(string.Empty) + "</w:tr>",
                "<w:sdt><w:sdtPr/><w:sdtContent>" + Row(Cell("06/7 Thứ Ba"), CellXml("<w:p><w:sdt><w:sdtPr/><w:sdtContent>" + R("Tiếp công dân") + "</w:sdtContent></w:sdt></w:p>"), Cell("Ban Tiếp dân"), Cell("Đ/c Long")) + "</w:sdtContent></w:sdt>",
                Row(Cell("07/7 Thứ Tư"), CellXml(Table(1, Row(Cell("Hội nghị trực tuyến")), Row(Cell("với UBND tỉnh"))) + "<w:p/>"), Cell("Văn phòng"), Cell("Đ/c Oánh")))
            + Closing();

        AssertImport(body);
    }

    /// <summary>A row before any day, a day that is not in the month, an unknown paragraph: each a diagnostic with its place.</summary>
    [Fact]
    public void Rows_and_paragraphs_that_cannot_be_placed_are_reported_with_their_location()
    {
        string body =
            P("Hà Tĩnh, ngày 25 tháng 01 năm 2021") + P("CHƯƠNG TRÌNH") + P("Công tác tháng 2 năm 2021")
            + P("Ghi chú: bản dự thảo")
            + Table(4, ColumnHeader, Row(Cell(string.Empty), Cell("Việc chưa có ngày"), Cell(string.Empty), Cell(string.Empty)), Row(Cell("30/2"), Cell("Ngày không có"), Cell(string.Empty), Cell(string.Empty)), Row(Cell("01/2 Thứ Hai"), Cell("Giao ban"), Cell(string.Empty), Cell(string.Empty)));

        DocxImportResult result = AssertImport(body);

        Assert.True(result.HasErrors);
        ImportDiagnostic outside = Assert.Single(result.Diagnostics, d => d.Code == "IMP16");
        Assert.Equal("table 1, row 2", result.LocationOf(outside)!.ToString());
        ImportDiagnostic invalid = Assert.Single(result.Diagnostics, d => d.Code == "IMP09");
        Assert.Equal("table 1, row 3", result.LocationOf(invalid)!.ToString());
        ImportDiagnostic unknown = Assert.Single(result.Diagnostics, d => d.Code == "IMP02");
        Assert.Equal("paragraph 4", result.LocationOf(unknown)!.ToString());
    }

    [Fact]
    public void A_document_that_is_not_a_programme_is_an_error_saying_so()
    {
        byte[] docx = Create(P("Kính gửi: Ủy ban nhân dân tỉnh") + P("Báo cáo kết quả công tác."));

        var error = Assert.Throws<ProgrammeImportException>(() => ProgrammeDocxImporter.Import(new MemoryStream(docx), ImportHeader.Blank));

        Assert.Contains("not a work programme", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "the file is empty")]
    [InlineData(new byte[] { 0x43, 0x48, 0x0A }, "not a Word document")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "not a valid .docx")]
    public void Bytes_that_are_not_a_docx_are_an_error_saying_so(byte[] bytes, string expected)
    {
        var error = Assert.Throws<ProgrammeImportException>(() => ProgrammeDocxImporter.Import(new MemoryStream(bytes), ImportHeader.Blank));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Imports, checks that every block has an account, and compares programme and account with their goldens.</summary>
    private static DocxImportResult AssertImport(string body, [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        DocxImportResult result = ProgrammeDocxImporter.Import(new MemoryStream(Create(body)), ImportHeader.Blank);

        Assert.Equal(result.Lines.Count, result.Locations.Count);
        Assert.All(result.Lines.Where(l => l.Kind == SourceLineKind.NotPlaced), l => Assert.Contains(result.Diagnostics, d => d.LineNumber == l.Number && d.Severity != ImportSeverity.Information));
        Golden.Verify(WorkProgrammeJson.Serialize(result.Programme), "json", null, sourceFile, method);
        Golden.Verify(Account(result), "txt", null, sourceFile, method);
        return result;
    }

    /// <summary>The account: one line per block (location, kind and parts, day, session, text), then the diagnostics.</summary>
    internal static string Account(DocxImportResult result)
    {
        var text = new StringBuilder();
        for (int i = 0; i < result.Lines.Count; i++)
        {
            SourceLine line = result.Lines[i];
            text.Append(result.Locations[i]).Append(" | ").Append(line).Append(" | ").Append(line.Text.Replace("\t", " ⇥ ", StringComparison.Ordinal)).Append('\n');
        }

        text.Append("--- diagnostics\n");
        foreach (ImportDiagnostic diagnostic in result.Diagnostics)
        {
            text.Append(result.LocationOf(diagnostic)?.ToString() ?? "document").Append(": ").Append(diagnostic.Severity).Append(' ').Append(diagnostic.Code).Append(": ").Append(diagnostic.Message).Append('\n');
        }

        return text.ToString();
    }
}
