using NPOI.OpenXmlFormats.Wordprocessing;
using NPOI.XWPF.Model;
using NPOI.XWPF.UserModel;
using WorkPlan.Documents.Benchmarks.Content;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Benchmarks.Peer;

/// <summary>
/// The peer: the programme written with NPOI's XWPF (2.4.1), the library a .NET developer would pick to make a
/// .docx without this one. It writes the same document as the pipeline: A4 portrait with the ND30 margins, the page
/// number centred in the header from page 2, the borderless header table, the title, the focus tasks, the schedule
/// table (heading row repeated, rows not split, day cells merged down their rows, holidays across the row), and the
/// closing table with "Nơi nhận" and the signature — formatted directly, paragraph by paragraph, as NPOI code does.
/// </summary>
/// <remarks>
/// NPOI 2.4.1 keeps some paragraph properties (keep-with-next, line spacing) internal, so paragraphs are created on
/// the underlying CT_P and wrapped in <see cref="XWPFParagraph"/>, the usual workaround. The rules under the agency
/// name, motto and abstract are paragraph borders whose length is estimated from the character count (NPOI measures
/// no text), centred by indents. Cells keep Word's default margins: NPOI's table cell margins (tblCellMar) make
/// LibreOffice drop the table's borders.
/// </remarks>
/// <threadsafety>Stateless and thread-safe; each call builds its own document.</threadsafety>
public static class NpoiProgrammeWriter
{
    private const string Font = "Times New Roman";
    private const int TextWidth = 11906 - 1701 - 850; // A4 width less the 30 mm and 15 mm margins, in twips.

    /// <summary>Writes the programme as a .docx.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">Where the package goes; left open.</param>
    public static void Write(WorkProgramme programme, Stream output)
    {
        DocumentContent content = DocumentContent.From(programme);
        var document = new XWPFDocument();
        CT_Body body = document.Document.body;
        PageSetup(document, body);
        HeaderBlock(document, body, programme);
        Title(document, body, programme);
        FocusTasks(document, body, content);
        Schedule(document, body, content);
        Closing(document, body, programme, content);
        document.Write(new NonClosingStream(output));
    }

    private static void PageSetup(XWPFDocument document, CT_Body body)
    {
        CT_SectPr section = body.sectPr ??= new CT_SectPr();
        section.headerReference ??= [];
        section.footerReference ??= [];
        section.pgSz = new CT_PageSz { w = 11906, h = 16838, wSpecified = true, hSpecified = true };
        section.pgMar = new CT_PageMar { top = "1134", bottom = "1134", left = 1701, right = 850, header = 567, footer = 567 };
        section.titlePg = new CT_OnOff { val = true };
        var policy = new XWPFHeaderFooterPolicy(document, section);
        var numberParagraph = new CT_P();
        var number = new XWPFParagraph(numberParagraph, document);
        Format(new Para(numberParagraph, number), PeerStyle.PageNumber);
        PageField(numberParagraph);
        policy.CreateHeader(XWPFHeaderFooterPolicy.DEFAULT, [number]);
        policy.CreateHeader(XWPFHeaderFooterPolicy.FIRST, [new XWPFParagraph(new CT_P(), document)]);
    }

    private static void PageField(CT_P paragraph)
    {
        FieldRun(paragraph).AddNewFldChar().fldCharType = ST_FldCharType.begin;
        FieldRun(paragraph).AddNewInstrText().Value = " PAGE ";
        FieldRun(paragraph).AddNewFldChar().fldCharType = ST_FldCharType.separate;
        FieldRun(paragraph).AddNewT().Value = "1";
        FieldRun(paragraph).AddNewFldChar().fldCharType = ST_FldCharType.end;
    }

    private static CT_R FieldRun(CT_P paragraph)
    {
        CT_R run = paragraph.AddNewR();
        CT_RPr properties = run.AddNewRPr();
        CT_Fonts fonts = properties.AddNewRFonts();
        fonts.ascii = fonts.hAnsi = fonts.cs = fonts.eastAsia = Font;
        properties.AddNewSz().val = (ulong)(PeerStyle.PageNumber.Size * 2);
        return run;
    }

    private static void HeaderBlock(XWPFDocument document, CT_Body body, WorkProgramme programme)
    {
        XWPFTable table = Table(document, rows: 2, widths: [41, 59], borders: false);
        XWPFTableCell left = table.GetRow(0).GetCell(0);
        if (programme.Agency.ParentLines.Count > 0)
        {
            Lines(First(left), PeerStyle.ParentAgency, programme.Agency.ParentLines);
        }

        Lines(programme.Agency.ParentLines.Count > 0 ? Next(left) : First(left), PeerStyle.AgencyName, programme.Agency.NameLines);
        Rule(Next(left), Width(41), Longest(programme.Agency.NameLines), PeerStyle.AgencyName.Size, 0.4);

        XWPFTableCell right = table.GetRow(0).GetCell(1);
        Text(First(right), PeerStyle.NationalName, DocumentContent.NationalName);
        Text(Next(right), PeerStyle.Motto, DocumentContent.Motto);
        Rule(Next(right), Width(59), DocumentContent.Motto, PeerStyle.Motto.Size, 1);

        Text(First(table.GetRow(1).GetCell(0)), PeerStyle.DocumentNumber, programme.Identity.NumberLine);
        Text(First(table.GetRow(1).GetCell(1)), PeerStyle.PlaceDate, programme.Identity.PlaceAndDateLine);
    }

    private static void Title(XWPFDocument document, CT_Body body, WorkProgramme programme)
    {
        Text(BodyParagraph(document, body), PeerStyle.DocumentType, DocumentContent.DocumentType);
        Text(BodyParagraph(document, body), PeerStyle.Abstract, programme.Abstract);
        Para rule = BodyParagraph(document, body);
        Rule(rule, TextWidth, programme.Abstract, PeerStyle.Abstract.Size, 1.0 / 3);
        rule.X.SpacingAfter = 240;
    }

    private static void FocusTasks(XWPFDocument document, CT_Body body, DocumentContent content)
    {
        if (content.FocusHeadingLine is null)
        {
            return;
        }

        Text(BodyParagraph(document, body), PeerStyle.SectionHeading, content.FocusHeadingLine);
        foreach (string task in content.Programme.FocusTasks.Tasks)
        {
            Text(BodyParagraph(document, body), PeerStyle.FocusTask, DocumentContent.FocusItem(task));
        }
    }

    private static void Schedule(XWPFDocument document, CT_Body body, DocumentContent content)
    {
        Text(BodyParagraph(document, body), PeerStyle.SectionHeading, content.ScheduleHeadingLine);
        int[] widths = [12, 45, 17, 26];
        XWPFTable table = Table(document, rows: 1, widths, borders: true);
        XWPFTableRow heading = table.GetRow(0);
        heading.IsRepeatHeader = true;
        heading.IsCantSplitRow = true;
        for (int c = 0; c < widths.Length; c++)
        {
            XWPFTableCell cell = heading.GetCell(c);
            cell.SetVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            Text(First(cell), PeerStyle.ScheduleHeading, DocumentContent.ColumnHeadings[c]);
        }

        foreach (DayContent day in content.Days)
        {
            for (int r = 0; r < day.Rows.Count; r++)
            {
                ScheduleRow(table, day, r);
            }
        }
    }

    private static void ScheduleRow(XWPFTable table, DayContent day, int index)
    {
        RowContent row = day.Rows[index];
        XWPFTableRow tableRow = table.CreateRow();
        tableRow.IsCantSplitRow = true;
        XWPFTableCell dayCell = tableRow.GetCell(0);
        CT_TcPr dayProperties = dayCell.GetCTTc().AddNewTcPr();
        CT_VMerge merge = dayProperties.AddNewVMerge();
        if (index == 0)
        {
            merge.val = ST_Merge.restart;
            dayCell.SetVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            Para dayParagraph = First(dayCell);
            Format(dayParagraph, PeerStyle.ScheduleDay);
            Run(dayParagraph.X, PeerStyle.ScheduleDay, day.ShortDate).AddBreak(BreakType.TEXTWRAPPING);
            Run(dayParagraph.X, PeerStyle.ScheduleDay, day.Weekday);
        }
        else
        {
            merge.val = ST_Merge.@continue;
            Format(First(dayCell), PeerStyle.ScheduleDay);
        }

        switch (row.Kind)
        {
            case RowKind.Holiday:
                tableRow.RemoveCell(3);
                tableRow.RemoveCell(2);
                XWPFTableCell span = tableRow.GetCell(1);
                span.GetCTTc().AddNewTcPr().AddNewGridspan().val = "3";
                Text(First(span), PeerStyle.ScheduleHoliday, row.Text);
                break;
            case RowKind.Session:
                Text(First(tableRow.GetCell(1)), PeerStyle.ScheduleSession, row.Text);
                Format(First(tableRow.GetCell(2)), PeerStyle.ScheduleText);
                Format(First(tableRow.GetCell(3)), PeerStyle.ScheduleText);
                break;
            default:
                Text(First(tableRow.GetCell(1)), PeerStyle.ScheduleContent, row.Text);
                Text(First(tableRow.GetCell(2)), PeerStyle.ScheduleText, row.PreparingUnit);
                Text(First(tableRow.GetCell(3)), PeerStyle.ScheduleText, row.Leaders);
                break;
        }
    }

    private static void Closing(XWPFDocument document, CT_Body body, WorkProgramme programme, DocumentContent content)
    {
        XWPFTable table = Table(document, rows: 1, widths: [45, 55], borders: false);
        XWPFTableCell left = table.GetRow(0).GetCell(0);
        Para label = First(left);
        Text(label, PeerStyle.RecipientsLabel, DocumentContent.RecipientsLabel);
        label.X.SpacingBefore = 240;
        foreach (string line in content.RecipientLines)
        {
            Text(Next(left), PeerStyle.Recipient, line);
        }

        XWPFTableCell right = table.GetRow(0).GetCell(1);
        bool first = true;
        foreach (string line in programme.Signature.AuthorityLines.Append(programme.Signature.SignerTitle))
        {
            Para paragraph = first ? First(right) : Next(right);
            Text(paragraph, PeerStyle.SignatureTitle, line);
            if (first)
            {
                paragraph.X.SpacingBefore = 240;
                first = false;
            }
        }

        Text(Next(right), PeerStyle.SignerName, programme.Signature.SignerName);
        _ = body;
    }

    private static XWPFTable Table(XWPFDocument document, int rows, int[] widths, bool borders)
    {
        CT_Tbl ct = document.Document.body.AddNewTbl();
        var table = new XWPFTable(ct, document, rows, widths.Length);
        CT_TblPr properties = ct.tblPr ?? ct.AddNewTblPr();
        properties.tblW = new CT_TblWidth { w = "5000", type = ST_TblWidth.pct, typeSpecified = true };
        properties.tblLayout = new CT_TblLayoutType { type = ST_TblLayoutType.@fixed };
        XWPFTable.XWPFBorderType line = borders ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
        int size = borders ? 4 : 0;
        table.SetTopBorder(line, size, 0, "000000");
        table.SetBottomBorder(line, size, 0, "000000");
        table.SetLeftBorder(line, size, 0, "000000");
        table.SetRightBorder(line, size, 0, "000000");
        table.SetInsideHBorder(line, size, 0, "000000");
        table.SetInsideVBorder(line, size, 0, "000000");
        for (int c = 0; c < widths.Length; c++)
        {
            table.SetColumnWidth(c, (ulong)Width(widths[c]));
        }

        return table;
    }

    private static int Width(int percent) => TextWidth * percent / 100;

    private static Para BodyParagraph(XWPFDocument document, CT_Body body)
    {
        CT_P paragraph = body.AddNewP();
        return new Para(paragraph, new XWPFParagraph(paragraph, document));
    }

    /// <summary>The cell's first paragraph: a new cell has one, empty.</summary>
    private static Para First(XWPFTableCell cell)
    {
        CT_P paragraph = cell.GetCTTc().GetPArray(0);
        return new Para(paragraph, new XWPFParagraph(paragraph, cell));
    }

    private static Para Next(XWPFTableCell cell)
    {
        CT_P paragraph = cell.GetCTTc().AddNewP();
        return new Para(paragraph, new XWPFParagraph(paragraph, cell));
    }

    private static void Text(Para paragraph, PeerStyle style, string text)
    {
        Format(paragraph, style);
        Run(paragraph.X, style, text);
    }

    private static void Lines(Para paragraph, PeerStyle style, IReadOnlyList<string> lines)
    {
        Format(paragraph, style);
        for (int i = 0; i < lines.Count; i++)
        {
            XWPFRun run = Run(paragraph.X, style, lines[i]);
            if (i < lines.Count - 1)
            {
                run.AddBreak(BreakType.TEXTWRAPPING);
            }
        }
    }

    private static void Format(Para paragraph, PeerStyle style)
    {
        paragraph.X.Alignment = style.Align;
        paragraph.X.SpacingBefore = style.Before;
        paragraph.X.SpacingAfter = style.After;
        if (style.FirstLine > 0)
        {
            paragraph.X.IndentationFirstLine = style.FirstLine;
        }

        if (style.Line != 240 || style.KeepNext)
        {
            CT_PPr properties = paragraph.Ct.pPr ?? paragraph.Ct.AddNewPPr();
            if (style.Line != 240)
            {
                CT_Spacing spacing = properties.spacing ??= new CT_Spacing();
                spacing.line = style.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                spacing.lineRule = ST_LineSpacingRule.auto;
                spacing.lineRuleSpecified = true;
            }

            if (style.KeepNext)
            {
                properties.keepNext = new CT_OnOff { val = true };
            }
        }
    }

    private static XWPFRun Run(XWPFParagraph paragraph, PeerStyle style, string text)
    {
        XWPFRun run = paragraph.CreateRun();
        run.FontFamily = Font;
        run.FontSize = style.Size;
        if (style.Bold)
        {
            run.IsBold = true;
        }

        if (style.Italic)
        {
            run.IsItalic = true;
        }

        if (style.Caps)
        {
            run.IsCapitalized = true;
        }

        run.SetText(text);
        return run;
    }

    /// <summary>A centred line under a text: a top border on an empty paragraph indented to the line's length.</summary>
    private static void Rule(Para paragraph, int available, string text, int size, double fraction)
    {
        // About half an em per character for Times New Roman capitals and lower case mixed.
        int length = (int)Math.Min(available, text.Length * size * 10 * fraction);
        int indent = (available - length) / 2;
        paragraph.X.IndentationLeft = indent;
        paragraph.X.IndentationRight = indent;
        paragraph.X.BorderTop = Borders.Single;
        CT_PPr properties = paragraph.Ct.pPr ?? paragraph.Ct.AddNewPPr();
        properties.spacing ??= new CT_Spacing();
        properties.spacing.line = "20";
        properties.spacing.lineRule = ST_LineSpacingRule.exact;
        properties.spacing.lineRuleSpecified = true;
    }

    private static string Longest(IReadOnlyList<string> lines) => lines.OrderByDescending(l => l.Length).First();

    /// <summary>A paragraph: NPOI's wrapper for what it exposes, the CT_P for what 2.4.1 keeps internal.</summary>
    private readonly record struct Para(CT_P Ct, XWPFParagraph X);
}
