using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using static WorkPlan.Documents.Tests.Linting.LintDocuments;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>
/// One edit of the seed's .docx per rule, each breaking that rule only: through a style (so the linter must follow
/// the hierarchy), the document defaults, direct formatting on a run or paragraph, the text, or the structure.
/// </summary>
internal static class OneRuleBroken
{
    public static IReadOnlyDictionary<string, Action<WordprocessingDocument>> Cases { get; } = new Dictionary<string, Action<WordprocessingDocument>>
    {
        // US Letter instead of A4.
        ["ND30-01"] = d => { PageSize size = Section(d).GetFirstChild<PageSize>()!; (size.Width, size.Height) = (12240U, 15840U); },
        ["ND30-03"] = d => Section(d).GetFirstChild<PageMargin>()!.Left = 1134U,

        // Through the document defaults: the high-ANSI slot (the Vietnamese letters) in Arial.
        ["ND30-04"] = d => d.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!
            .GetFirstChild<RunFonts>()!.HighAnsi = "Arial",
        ["ND30-05"] = d => Set(RunProperties(d, "Normal"), new Color { Val = "1F3864" }),
        ["ND30-06"] = d =>
        {
            foreach (HeaderPart header in d.MainDocumentPart!.HeaderParts)
            {
                foreach (SimpleField field in header.Header!.Descendants<SimpleField>().ToList())
                {
                    field.Remove();
                }
            }
        },
        ["ND30-07"] = d => Set(ParagraphProperties(d, "page-number"), new Justification { Val = JustificationValues.Right }),
        ["ND30-08"] = d => Section(d).RemoveAllChildren<TitlePage>(),
        ["ND30-09"] = d => Set(RunProperties(d, "page-number"), new FontSize { Val = "24" }),
        ["ND30-10"] = d => Set(RunProperties(d, "national-name"), new FontSize { Val = "28" }),

        // En dashes instead of hyphens.
        ["ND30-11"] = d => ParagraphWithText(d, "Độc lập - Tự do - Hạnh phúc").Descendants<WText>().Single().Text = "Độc lập – Tự do – Hạnh phúc",
        ["ND30-12"] = d => RuleAfter(d, "Độc lập - Tự do - Hạnh phúc").Remove(),

        // "Số:" moved up into the agency's cell: no longer level with the place and date.
        ["ND30-13"] = d =>
        {
            Paragraph number = ParagraphWithText(d, "Số: 05/CTr-VPĐP");
            TableCell agencyCell = Body(d).Elements<Table>().First().Elements<TableRow>().First().Elements<TableCell>().First();
            TableCell numberCell = (TableCell)number.Parent!;
            number.Remove();
            agencyCell.AppendChild(number);
            numberCell.AppendChild(new Paragraph());
        },

        // Direct formatting on the run: the issuing agency not bold.
        ["ND30-14"] = d =>
        {
            foreach (Run run in ParagraphWithText(d, "VĂN PHÒNG ĐIỀU PHỐINÔNG THÔN MỚI").Elements<Run>())
            {
                run.RunProperties = new RunProperties(new Bold { Val = false });
            }
        },
        ["ND30-15"] = d => RuleAfter(d, "VĂN PHÒNG ĐIỀU PHỐINÔNG THÔN MỚI").Remove(),
        ["ND30-16"] = d => ParagraphWithText(d, "Số: 05/CTr-VPĐP").Descendants<WText>().Single().Text = "Số: 5/CTr-VPĐP",
        ["ND30-17"] = d => Set(RunProperties(d, "place-date"), new Italic { Val = false }),
        ["ND30-18"] = d => ParagraphWithText(d, "Hà Tĩnh, ngày 07 tháng 5 năm 2021").Descendants<WText>().Single().Text = "Hà Tĩnh, ngày 7 tháng 5 năm 2021",
        ["ND30-19"] = d => Set(RunProperties(d, "document-type"), new FontSize { Val = "32" }),
        ["ND30-20"] = d => Set(RunProperties(d, "abstract"), new Bold { Val = false }),
        ["ND30-21"] = d => RuleAfter(d, "Công tác tháng 5 năm 2021").Remove(),
        ["ND30-22"] = d => Set(RunProperties(d, "focus-task"), new FontSize { Val = "24" }),
        ["ND30-23"] = d => Set(ParagraphProperties(d, "focus-task"), new Justification { Val = JustificationValues.Left }),
        ["ND30-24"] = d => Set(RunProperties(d, "signature-authority"), new FontSize { Val = "24" }),
        ["ND30-25"] = d => Set(RunProperties(d, "signer-name"), new Italic()),

        // The signature's cell emptied: no signature block.
        ["ND30-26"] = d =>
        {
            TableCell cell = (TableCell)ParagraphWithText(d, "Nguyễn Văn A").Parent!;
            foreach (Paragraph paragraph in cell.Elements<Paragraph>().ToList())
            {
                paragraph.Remove();
            }

            cell.AppendChild(new Paragraph());
        },
        ["ND30-27"] = d => Set(RunProperties(d, "recipients-label"), new FontSize { Val = "26" }),
        ["ND30-28"] = d => Set(RunProperties(d, "recipient"), new FontSize { Val = "24" }),
        ["ND30-29"] = d => ParagraphWithText(d, "- Lưu: VT.").Descendants<WText>().Single().Text = "- Lưu: VT",
    };
}
