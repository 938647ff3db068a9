using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace WorkPlan.Documents.Benchmarks.Rendering;

/// <summary>
/// The benchmark floor: the month document of <see cref="LayoutBenchmarkData"/> built directly with the Open XML SDK
/// the way a hand-written generator would (styles part, header table, title, tasks, schedule table with vMerge,
/// header part with a PAGE field), saved through WordprocessingDocument. No markup, no stylesheet, no determinism.
/// </summary>
internal static class SdkFloorDocument
{
    public static void Write(Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, true);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "26" }, new Languages { Val = "vi-VN" }))),
            ParagraphStyle("Title", bold: true, size: "28", center: true),
            ParagraphStyle("Agency", bold: true, size: "24", center: true),
            ParagraphStyle("Head", bold: true, size: "24", center: true));
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new WordText("1"))) { Instruction = " PAGE " }));
        string headerId = main.GetIdOfPart(header);

        var body = new Body();
        body.AppendChild(HeaderTable());
        body.AppendChild(Styled("Title", "CHƯƠNG TRÌNH"));
        body.AppendChild(Styled("Title", "Công tác tháng 5 năm 2021"));
        body.AppendChild(new Paragraph(new ParagraphProperties(new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6 }), new Indentation { Left = "4000", Right = "4000" })));
        for (int i = 1; i <= 10; i++)
        {
            body.AppendChild(new Paragraph(
                new ParagraphProperties(new Indentation { FirstLine = "567" }, new Justification { Val = JustificationValues.Both }),
                new Run(new WordText("- Chuẩn bị các nội dung kiểm toán Chương trình NTM năm 2021, việc số " + i.ToString(CultureInfo.InvariantCulture) + "."))));
        }

        body.AppendChild(Schedule());
        body.AppendChild(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 720, Gutter = 0 },
            new TitlePage()));
        main.Document = new Document(body);
    }

    private static Style ParagraphStyle(string id, bool bold, string size, bool center)
    {
        var rPr = new StyleRunProperties();
        if (bold)
        {
            rPr.AppendChild(new Bold());
        }

        rPr.AppendChild(new FontSize { Val = size });
        return new Style(
            new StyleName { Val = id },
            new StyleParagraphProperties(new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left }),
            rPr)
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new WordText(text)));

    private static Table HeaderTable() => new(
        new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, new TableLayout { Type = TableLayoutValues.Fixed }),
        new TableGrid(new GridColumn { Width = "3742" }, new GridColumn { Width = "5613" }),
        new TableRow(
            new TableCell(Styled("Agency", "VĂN PHÒNG ĐIỀU PHỐI"), Styled("Agency", "NÔNG THÔN MỚI")),
            new TableCell(Styled("Agency", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Styled("Title", "Độc lập - Tự do - Hạnh phúc"))));

    private static Table Schedule()
    {
        string[] widths = ["1310", "936", "4865", "2245"];
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(
            new TableProperties(new TableWidth { Width = "9356", Type = TableWidthUnitValues.Dxa }, border, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w })));
        var head = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        foreach (string text in new[] { "Ngày", "Buổi", "Nội dung", "Chủ trì chuẩn bị" })
        {
            head.AppendChild(Cell(widths[head.ChildElements.Count - 1], Styled("Head", text), null));
        }

        table.AppendChild(head);
        for (int day = 1; day <= LayoutBenchmarkData.Days; day++)
        {
            for (int session = 0; session < 2; session++)
            {
                for (int entry = 0; entry < LayoutBenchmarkData.EntriesPerSession; entry++)
                {
                    var row = new TableRow(new TableRowProperties(new CantSplit()));
                    bool firstOfDay = session == 0 && entry == 0;
                    row.AppendChild(Cell(widths[0], firstOfDay
                        ? new Paragraph(new Run(new RunProperties(new Bold()), new WordText("Thứ Hai")), new Run(new Break()), new Run(new WordText(day.ToString("00", CultureInfo.InvariantCulture) + "/5")))
                        : new Paragraph(), firstOfDay ? MergedCellValues.Restart : MergedCellValues.Continue));
                    row.AppendChild(Cell(widths[1], entry == 0 ? new Paragraph(new Run(new WordText(session == 0 ? "Sáng" : "Chiều"))) : new Paragraph(), entry == 0 ? MergedCellValues.Restart : MergedCellValues.Continue));
                    row.AppendChild(Cell(widths[2], new Paragraph(
                        new Run(new WordText(LayoutBenchmarkData.EntryText(day, session, entry) + " (") { Space = SpaceProcessingModeValues.Preserve }),
                        new Run(new RunProperties(new Italic()), new WordText("Đ/c Oánh")),
                        new Run(new WordText(")"))), null));
                    row.AppendChild(Cell(widths[3], new Paragraph(new Run(new WordText("Phòng KHNVGS"))), null));
                    table.AppendChild(row);
                }
            }
        }

        return table;
    }

    private static TableCell Cell(string width, Paragraph content, MergedCellValues? merge)
    {
        var tcPr = new TableCellProperties(new TableCellWidth { Width = width, Type = TableWidthUnitValues.Dxa });
        if (merge is { } m)
        {
            tcPr.AppendChild(m == MergedCellValues.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
            tcPr.AppendChild(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        return new TableCell(tcPr, content);
    }
}
