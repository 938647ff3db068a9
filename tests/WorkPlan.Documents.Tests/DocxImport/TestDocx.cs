using System.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Tests.DocxImport;

/// <summary>
/// Builds .docx files for the importer's tests with the Open XML SDK: the package and its parts through the SDK, the
/// body from WordprocessingML written out below (so a reviewer reads exactly the markup each shape is made of).
/// </summary>
internal static class TestDocx
{
    internal const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /// <summary>Creates a package whose body is <paramref name="bodyXml"/>, with a styles part defining "Strong" (bold).</summary>
    internal static byte[] Create(string bodyXml)
    {
        using var stream = new MemoryStream();
        using (WordprocessingDocument document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            main.Document = new Document($"<w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
            StyleDefinitionsPart styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                $"<w:styles {Namespaces}>"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"26\"/></w:rPr></w:rPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"AgencyName\"><w:name w:val=\"Agency name\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
                + "</w:styles>");
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of one run.</summary>
    internal static string P(string text, string? style = null) =>
        "<w:p>" + (style is null ? string.Empty : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>") + R(text) + "</w:p>";

    /// <summary>A run of text (spaces kept).</summary>
    internal static string R(string text, bool bold = false) =>
        "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : string.Empty) + $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(text)}</w:t></w:r>";

    /// <summary>A soft line break (Shift+Enter).</summary>
    internal const string Br = "<w:r><w:br/></w:r>";

    /// <summary>A table: a grid of <paramref name="columns"/> and the rows.</summary>
    internal static string Table(int columns, params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
        + string.Concat(Enumerable.Repeat("<w:gridCol w:w=\"2000\"/>", columns))
        + "</w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    /// <summary>A row of cells.</summary>
    internal static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells) + "</w:tr>";

    /// <summary>A cell of one paragraph of text.</summary>
    internal static string Cell(string text) => CellXml(P(text));

    /// <summary>A cell whose content is the given paragraphs (or other block markup), with optional properties.</summary>
    internal static string CellXml(string content, int span = 1, string? vMerge = null) =>
        "<w:tc><w:tcPr>"
        + (span > 1 ? $"<w:gridSpan w:val=\"{span}\"/>" : string.Empty)
        + (vMerge is null ? string.Empty : vMerge.Length == 0 ? "<w:vMerge/>" : $"<w:vMerge w:val=\"{vMerge}\"/>")
        + "</w:tcPr>" + content + "</w:tc>";

    /// <summary>The header block of Nghị định 30: agency (parent plain, name bold by style) and "Số:" | national name, motto, place and date.</summary>
    internal static string HeaderBlock(string number, string placeAndDate) =>
        Table(
            2,
            Row(
                CellXml(P("ỦY BAN NHÂN DÂN") + P("HUYỆN ĐỨC THỌ") + "<w:p><w:pPr><w:pStyle w:val=\"AgencyName\"/></w:pPr>" + R("VĂN PHÒNG HĐND") + Br + R("VÀ UBND HUYỆN") + "</w:p>"),
                CellXml(P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + P("Độc lập - Tự do - Hạnh phúc") + "<w:p/>")),
            Row(Cell(number), Cell(placeAndDate)));

    /// <summary>"Nơi nhận" beside the signature block.</summary>
    internal static string Closing() =>
        Table(
            2,
            Row(
                CellXml(P("Nơi nhận:") + P("- Thường trực Huyện ủy;") + P("- Chủ tịch, các PCT UBND huyện (để báo cáo);") + P("- Lưu: VT.")),
                CellXml(P("TL. CHỦ TỊCH") + P("CHÁNH VĂN PHÒNG") + P("(Đã ký)") + "<w:p/>" + P("Nguyễn Văn D"))));
}
