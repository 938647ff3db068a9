using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>
/// The decree's own example (Nghị định 30, Phụ lục I, mục V "Mẫu chữ và chi tiết trình bày": the example column's
/// texts and sizes — Quốc hiệu 12, Tiêu ngữ 13, "BỘ NỘI VỤ" / "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC" 12, "Số: 15/QĐ-BNV" 13,
/// "Hà Nội, ngày 05 tháng 01 năm 2020" 13, "CHỈ THỊ" and "Về công tác phòng, chống lụt bão" 14, body 14, "TM. ỦY BAN
/// NHÂN DÂN" / "CHỦ TỊCH" / "Nguyễn Văn A" 14, "Nơi nhận:" 12, its list 11) rebuilt as a one-page .docx with direct
/// formatting only: no styles part, no theme, every property on the runs and paragraphs, as simple generators write.
/// </summary>
internal static class DecreeExampleDocument
{
    public static byte[] Build(Action<Body>? edit = null, bool withStylesPart = false)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            if (withStylesPart)
            {
                main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles();
            }

            document.AddExtendedFilePropertiesPart().Properties = new Properties(new Pages("1"));

            body.Append(Table(
                [
                    [P(12, "BỘ NỘI VỤ", caps: true), P(12, "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", bold: true), Rule()],
                    [P(12, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true), P(13, "Độc lập - Tự do - Hạnh phúc", bold: true), Rule()],
                ],
                [[P(13, "Số: 15/QĐ-BNV")], [P(13, "Hà Nội, ngày 05 tháng 01 năm 2020", italic: true)]]));
            body.Append(P(14, "CHỈ THỊ", bold: true));
            body.Append(P(14, "Về công tác phòng, chống lụt bão", bold: true));
            body.Append(Rule());
            body.Append(P(14, "Trong công tác chỉ đạo, điều hành phòng, chống lụt bão năm 2020, các cơ quan, đơn vị thực hiện nghiêm các nội dung sau.", justify: true));
            body.Append(P(14, "Các bộ, cơ quan ngang bộ tổ chức thực hiện Chỉ thị này.", justify: true));
            body.Append(Table(
                [
                    [P(12, "Nơi nhận:", bold: true, italic: true, left: true), P(11, "- Các bộ, cơ quan ngang bộ;", left: true), P(11, "- Lưu: VT, TCCB.", left: true)],
                    [P(14, "TM. ỦY BAN NHÂN DÂN", bold: true), P(14, "CHỦ TỊCH", bold: true), P(14, "Nguyễn Văn A", bold: true)],
                ]));
            edit?.Invoke(body);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1985U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// The example with mistakes a hand-made document has: a body paragraph in 12 pt, left-aligned and not indented,
    /// and a date with no comma after the place and an unpadded day and month ("Hà Nội ngày 5 tháng 1 năm 2020").
    /// </summary>
    public static byte[] WithHandMadeMistakes() => Build(body =>
    {
        body.InsertBefore(P(12, "Một đoạn văn cỡ chữ 12, canh trái, không thụt đầu dòng.", left: true), body.Elements<Table>().Last());
        Paragraph date = body.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("Hà Nội", StringComparison.Ordinal));
        date.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Single().Text = "Hà Nội ngày 5 tháng 1 năm 2020";
    });

    public static Paragraph P(int points, string text, bool bold = false, bool italic = false, bool caps = false, bool justify = false, bool left = false)
    {
        var run = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" });
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        if (caps)
        {
            run.Append(new Caps());
        }

        run.Append(new FontSize { Val = (points * 2).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var paragraph = new ParagraphProperties(
            new SpacingBetweenLines { Before = justify ? "120" : "0", After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto });
        if (justify)
        {
            paragraph.Append(new Indentation { FirstLine = "567" });
        }

        paragraph.Append(new Justification { Val = justify ? JustificationValues.Both : left ? JustificationValues.Left : JustificationValues.Center });
        return new Paragraph(paragraph, new Run(run, new WText(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A rule as the decree's own files draw it: a centred line of underscores.</summary>
    public static Paragraph Rule() => P(12, "______________");

    private static Table Table(Paragraph[][] columns, Paragraph[][]? secondRow = null)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil })));
        table.Append(new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = "5500" }));
        table.Append(new TableRow(columns.Select(c => new TableCell(c))));
        if (secondRow is not null)
        {
            table.Append(new TableRow(secondRow.Select(c => new TableCell(c))));
        }

        return table;
    }
}
