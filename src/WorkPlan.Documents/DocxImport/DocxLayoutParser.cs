using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.DocxImport;

/// <summary>
/// Reads the blocks of a .docx through the parts of a programme — header block (agency lines, "Số:", national name and
/// motto, place and date), tên loại and trích yếu, section 1 (focus tasks), section 2 and its schedule table (read by
/// the text importer's <see cref="ScheduleTableReader"/>), an annex, "Nơi nhận" and the signature — and gives every
/// block an account, as <see cref="ProgrammeTextImporter"/> does for lines.
/// </summary>
internal sealed class DocxLayoutParser : IProgrammeParts
{
    private static readonly Regex Bullet = new(@"^[-–•+*]\s*(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly IReadOnlyList<DocxBlock> blocks;
    private readonly string[] lines;
    private readonly LineRecord[] records;
    private readonly ImportLog log;
    private readonly ImportHeader header;
    private readonly ScheduleTableReader table;
    private State state = State.Preamble;
    private bool expectAbstract;
    private bool expectAnnexTitle;
    private bool archiveRead;
    private (int Table, int Cell)? recipientsCell;
    private ProgrammePeriod? period;

    internal DocxLayoutParser(IReadOnlyList<DocxBlock> blocks, ImportLog log, ImportHeader header)
    {
        this.blocks = blocks;
        this.log = log;
        this.header = header;
        records = new LineRecord[blocks.Count];
        lines = new string[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            string raw = blocks[i].IsRow ? blocks[i].Text : blocks[i].Text.Replace('\n', ' ').Replace('\t', ' ');
            records[i] = new LineRecord(i + 1, raw);
            lines[i] = XmlSafeText.FindForbiddenCharacter(raw) >= 0 ? string.Empty
                : raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        }

        table = new ScheduleTableReader(lines, log, line => DayResolver.ForPeriod(ResolvePeriod(line)));
    }

    private enum State
    {
        Preamble,
        Focus,
        Body,
    }

    public string? PlaceName { get; private set; }

    public LocalDate? IssueDate { get; private set; }

    public int PlaceLine { get; private set; }

    public int? Number { get; private set; }

    public string? Symbol { get; private set; }

    public bool RecipientsBlockRead { get; private set; }

    public List<Recipient> Recipients { get; } = [];

    public List<string> Archive { get; } = [];

    internal bool TitleRead { get; private set; }

    /// <summary>Gets the kind the tên loại names: "CHƯƠNG TRÌNH", "LỊCH CÔNG TÁC", "THÔNG BÁO" (a programme when there is none).</summary>
    internal DocumentKind Kind { get; private set; }

    internal string? AbstractText { get; private set; }

    /// <summary>Gets the month of a one-line title ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021"), or null.</summary>
    internal YearMonth? TitleMonth { get; private set; }

    internal string? AnnexTitle { get; private set; }

    internal string? FocusHeading { get; private set; }

    internal List<string> FocusTasks { get; } = [];

    internal string? ScheduleHeading { get; private set; }

    /// <summary>Gets the agency blocks (lines split at line breaks) and whether each is bold.</summary>
    internal List<(string[] Lines, bool Bold, LineRecord Record)> AgencyBlocks { get; } = [];

    /// <summary>Gets the lines of the signature block in order.</summary>
    internal List<(string Line, LineRecord Record)> SignatureLines { get; } = [];

    internal IEnumerable<ParsedDay> Days => table.Days;

    internal IReadOnlyList<LineRecord> Records => records;

    internal void Run()
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            LineRecord record = records[i];
            DocxBlock block = blocks[i];
            if (XmlSafeText.FindForbiddenCharacter(record.Text) is int bad and >= 0)
            {
                log.Error(ImportCodes.ForbiddenCharacters, record, ImportText.Of("ForbiddenCharacterInParagraph", ((int)record.Text[bad]).ToString("X4", CultureInfo.InvariantCulture), bad + 1));
                continue;
            }

            if (block.Note is { } note)
            {
                log.Information(ImportCodes.PartNotRead, record, ImportText.Of("PartNotRead", note));
            }

            string line = lines[i];
            if (InvisibleText.IsBlank(line))
            {
                record.Kind = SourceLineKind.Blank;
            }
            else if (block.IsRow)
            {
                state = State.Body;
                table.Read(record, line, i);
            }
            else
            {
                ReadParagraph(record, block, line.Trim());
            }
        }

        table.Finish();
    }

    /// <summary>Returns the programme's period: from the trích yếu, else the title, the schedule heading, the annex title, the header file's month.</summary>
    internal ProgrammePeriod ResolvePeriod(int lineNumber) =>
        period ??= PeriodText.TryRead(AbstractText) ?? (TitleMonth is { } titled ? ProgrammePeriod.ForMonth(titled) : null)
            ?? PeriodText.TryRead(ScheduleHeading) ?? PeriodText.TryRead(AnnexTitle)
            ?? (header.Month is { } month ? ProgrammePeriod.ForMonth(month) : null)
            ?? throw new ProgrammeImportException(
                lineNumber,
                $"the period of the programme is unknown ({blocks[Math.Max(0, Math.Min(lineNumber, blocks.Count) - 1)].Location}): no trích yếu like \"Công tác tháng 5 năm 2021\" or \"Công tác tuần từ ngày 03/5 đến ngày 09/5/2021\", no title or heading naming a month comes before it, and the header file gives no \"month\".");

    private void ReadParagraph(LineRecord record, DocxBlock block, string text)
    {
        if (recipientsCell is { } cell && block.Location.Table == cell.Table)
        {
            if (block.Location.Cell == cell.Cell)
            {
                ReadRecipient(record, text);
            }
            else
            {
                foreach (string part in block.Text.Split('\n'))
                {
                    if (!InvisibleText.IsBlank(part))
                    {
                        SignatureLines.Add((Normalize(part.Trim()), record));
                    }
                }

                record.Kind = SourceLineKind.Signature;
            }

            return;
        }

        if (HeaderText.TrySection(text, out HeaderText.Section section, out string heading))
        {
            ReadSection(record, section, heading);
        }
        else if (RecipientText.TryHeading(text, out string rest))
        {
            StartRecipients(record, block, rest);
        }
        else if (HeaderText.IsNationalHeading(text))
        {
            record.Kind = SourceLineKind.NationalHeading;
        }
        else if (HeaderText.TryNumber(text, out int? number, out string symbol))
        {
            Number = number;
            Symbol = symbol;
            record.Kind = SourceLineKind.NumberAndSymbol;
        }
        else if (HeaderText.TryPlaceAndDate(text, out string place, out LocalDate? date))
        {
            ReadPlaceAndDate(record, text, place, date);
        }
        else if (!TitleRead && DocumentKindText.FromTypeName(text) is { } kind)
        {
            TitleRead = true;
            Kind = kind;
            expectAbstract = true;
            record.Kind = SourceLineKind.Title;
        }
        else if (!TitleRead && HeaderText.TryTitle(text, out YearMonth? month, out string titleRest))
        {
            ReadOldStyleTitle(record, month, titleRest);
        }
        else if (expectAbstract)
        {
            expectAbstract = false;
            AbstractText = OneLine(block.Text);
            record.Kind = SourceLineKind.Abstract;
        }
        else if (IsAnnexPart(text, out bool label))
        {
            expectAnnexTitle = label;
            record.Kind = SourceLineKind.Annex;
        }
        else if (expectAnnexTitle)
        {
            expectAnnexTitle = false;
            AnnexTitle = text;
            record.Kind = SourceLineKind.Annex;
        }
        else if (state == State.Focus)
        {
            ReadFocusTask(record, block, text);
        }
        else if (!TitleRead && block.Location.Table is not null)
        {
            AgencyBlocks.Add((block.Text.Split('\n').Select(l => Normalize(l.Trim())).Where(l => !InvisibleText.IsBlank(l)).ToArray(), block.IsBold, record));
            record.Kind = SourceLineKind.Agency;
        }
        else
        {
            record.Kind = SourceLineKind.NotPlaced;
            log.Warning(ImportCodes.UnrecognisedPreambleLine, record, ImportText.Of("UnrecognisedPart", text));
        }
    }

    private void ReadPlaceAndDate(LineRecord record, string text, string place, LocalDate? date)
    {
        if (date is null)
        {
            record.Kind = SourceLineKind.NotPlaced;
            log.Error(ImportCodes.InvalidIssueDate, record, ImportText.Of("InvalidIssueDate", text));
            return;
        }

        if (IssueDate is null)
        {
            PlaceName = place;
            IssueDate = date;
            PlaceLine = record.Number;
        }

        record.Kind = SourceLineKind.PlaceAndDate;
    }

    private void ReadOldStyleTitle(LineRecord record, YearMonth? month, string rest)
    {
        TitleRead = true;
        TitleMonth = month;
        record.Kind = SourceLineKind.Title;
        if (month is null)
        {
            log.Warning(ImportCodes.PeriodNotInTitle, record, ImportText.Of("TitleWithoutPeriod"));
        }
        else if (rest.Length > 0)
        {
            log.Warning(ImportCodes.TitleTextNotKept, record, ImportText.Of("TitleWordsNotKept", rest));
        }
    }

    private void ReadSection(LineRecord record, HeaderText.Section section, string heading)
    {
        record.Kind = SourceLineKind.SectionHeading;
        expectAbstract = false;
        switch (section)
        {
            case HeaderText.Section.Focus when FocusHeading is null:
                FocusHeading = heading;
                state = State.Focus;
                break;
            case HeaderText.Section.Schedule when ScheduleHeading is null:
                ScheduleHeading = heading;
                state = State.Body;
                break;
            default:
                record.Kind = SourceLineKind.NotPlaced;
                log.Warning(ImportCodes.UnknownSection, record, ImportText.Of("UnknownSection"));
                break;
        }
    }

    private void ReadFocusTask(LineRecord record, DocxBlock block, string text)
    {
        record.Kind = SourceLineKind.FocusTask;
        Match bullet = Bullet.Match(text);
        if (bullet.Success && InvisibleText.IsBlank(bullet.Groups["text"].Value))
        {
            record.Kind = SourceLineKind.Blank;
        }
        else if (bullet.Success)
        {
            FocusTasks.Add(bullet.Groups["text"].Value.Trim());
        }
        else
        {
            FocusTasks.Add(text);
            if (!block.IsListItem)
            {
                log.Warning(ImportCodes.FocusTaskWithoutBullet, record, ImportText.Of("FocusParagraphWithoutBullet"));
            }
        }
    }

    private void StartRecipients(LineRecord record, DocxBlock block, string rest)
    {
        RecipientsBlockRead = true;
        record.Kind = SourceLineKind.RecipientsHeading;
        if (block.Location.Table is { } t && block.Location.Cell is { } c)
        {
            recipientsCell = (t, c);
        }

        if (rest.Length > 0)
        {
            ReadRecipient(record, rest);
        }
    }

    private void ReadRecipient(LineRecord record, string line)
    {
        if (archiveRead)
        {
            record.Kind = SourceLineKind.NotPlaced;
            log.Warning(ImportCodes.LineAfterRecipients, record, ImportText.Of("ParagraphAfterRecipients"));
            return;
        }

        string cleaned = RecipientText.Clean(line);
        if (InvisibleText.IsBlank(cleaned))
        {
            record.Kind = SourceLineKind.Blank;
        }
        else if (RecipientText.TryArchive(cleaned, out List<string> holders))
        {
            Archive.AddRange(holders);
            archiveRead = true;
            record.Kind = SourceLineKind.Archive;
        }
        else
        {
            (string name, string? purpose) = RecipientText.Recipient(cleaned);
            bool named = !InvisibleText.IsBlank(name);
            Recipients.Add(new Recipient(named ? name : cleaned, named ? purpose : null));
            record.Kind = SourceLineKind.Recipient;
        }
    }

    private static bool IsAnnexPart(string text, out bool label)
    {
        string folded = VietnameseFold.Fold(text);
        label = folded.StartsWith("phu luc", StringComparison.Ordinal) && text.Length <= 16;
        return label
            || folded.StartsWith("(kem theo", StringComparison.Ordinal)
            || folded.StartsWith("chi tiet tai phu luc", StringComparison.Ordinal);
    }

    private static string OneLine(string text) => Normalize(DocxBodyReader.OneLine(text));

    private static string Normalize(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
