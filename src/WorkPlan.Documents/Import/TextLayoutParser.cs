using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Reads the text line by line through its parts — header lines, section 1 (focus tasks), section 2 (the schedule
/// table, read by <see cref="ScheduleTableReader"/>) and the "Nơi nhận" block — and gives every line an account.
/// </summary>
internal sealed class TextLayoutParser : IProgrammeParts
{
    private static readonly Regex Bullet = new(@"^[-–•+*]\s*(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly string[] lines;
    private readonly LineRecord[] records;
    private readonly ImportLog log;
    private readonly ScheduleTableReader table;
    private readonly YearMonth? fallbackMonth;
    private State state = State.Preamble;
    private bool archiveRead;
    private bool expectAbstract;

    internal TextLayoutParser(IReadOnlyList<string> rawLines, ImportLog log, YearMonth? fallbackMonth)
    {
        this.log = log;
        this.fallbackMonth = fallbackMonth;
        records = new LineRecord[rawLines.Count];
        lines = new string[rawLines.Count];
        for (int i = 0; i < rawLines.Count; i++)
        {
            records[i] = new LineRecord(i + 1, rawLines[i]);
            string raw = rawLines[i];
            lines[i] = XmlSafeText.FindForbiddenCharacter(raw) >= 0 ? string.Empty
                : raw.IsNormalized(NormalizationForm.FormC) ? raw : raw.Normalize(NormalizationForm.FormC);
        }

        table = new ScheduleTableReader(lines, log, line => DayResolver.ForPeriod(ResolvePeriod(line)));
    }

    private enum State
    {
        Preamble,
        Focus,
        Table,
        Recipients,
    }

    public string? PlaceName { get; private set; }

    public LocalDate? IssueDate { get; private set; }

    public int PlaceLine { get; private set; }

    /// <summary>
    /// Gets the period the title names: the month of a one-line title ("CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021"), or
    /// the period of the trích yếu under a tên loại ("Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021").
    /// </summary>
    internal ProgrammePeriod? TitlePeriod { get; private set; }

    /// <summary>Gets the kind the tên loại names ("CHƯƠNG TRÌNH", "LỊCH CÔNG TÁC", "THÔNG BÁO"); a programme without one.</summary>
    internal DocumentKind Kind { get; private set; }

    /// <summary>Gets the trích yếu written under a tên loại, or null.</summary>
    internal string? AbstractText { get; private set; }

    internal int TitleLine { get; private set; }

    /// <summary>Gets the period the schedule heading names ("Dự kiến lịch làm việc tháng 5/2021"), or null.</summary>
    internal ProgrammePeriod? HeadingPeriod { get; private set; }

    internal int HeadingLine { get; private set; }

    public int? Number { get; private set; }

    public string? Symbol { get; private set; }

    internal string? FocusHeading { get; private set; }

    internal List<string> FocusTasks { get; } = [];

    internal string? ScheduleHeading { get; private set; }

    public bool RecipientsBlockRead { get; private set; }

    public List<Recipient> Recipients { get; } = [];

    public List<string> Archive { get; } = [];

    internal IEnumerable<ParsedDay> Days => table.Days;

    internal IReadOnlyList<LineRecord> Records => records;

    internal void Run()
    {
        for (int i = 0; i < lines.Length; i++)
        {
            LineRecord record = records[i];
            if (XmlSafeText.FindForbiddenCharacter(record.Text) is int bad and >= 0)
            {
                record.Kind = SourceLineKind.NotPlaced;
                log.Error(ImportCodes.ForbiddenCharacters, record, ImportText.Of("ForbiddenCharacterInLine", ((int)record.Text[bad]).ToString("X4", CultureInfo.InvariantCulture), bad + 1));
                continue;
            }

            string line = lines[i];

            // Text that cannot be seen is not text: a line of zero-width and format characters is blank.
            if (InvisibleText.IsBlank(line))
            {
                record.Kind = SourceLineKind.Blank;
                continue;
            }

            switch (state)
            {
                case State.Preamble:
                case State.Focus:
                    ReadOutsideTable(record, line, i);
                    break;
                case State.Table:
                    ReadTableLine(record, line, i);
                    break;
                default:
                    ReadRecipient(record, line);
                    break;
            }
        }

        table.Finish();
    }

    /// <summary>Returns the programme's period: from the title or trích yếu, else the schedule heading, else the header file's month.</summary>
    internal ProgrammePeriod ResolvePeriod(int lineNumber) =>
        TitlePeriod ?? HeadingPeriod ?? (fallbackMonth is { } month ? ProgrammePeriod.ForMonth(month) : null)
        ?? throw new ProgrammeImportException(
            lineNumber,
            "the period of the programme is unknown: no title like \"CHƯƠNG TRÌNH CÔNG TÁC THÁNG 5 NĂM 2021\", trích yếu like \"Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021\" or heading like \"Dự kiến lịch làm việc tháng 5/2021\" comes before this line, and the header file gives no \"month\".");

    private void ReadOutsideTable(LineRecord record, string line, int index)
    {
        if (ScheduleTableReader.LooksLikeTableLine(line))
        {
            state = State.Table;
            ReadTableLine(record, line, index);
            return;
        }

        string text = line.Trim();
        if (HeaderText.TrySection(text, out HeaderText.Section section, out string heading))
        {
            ReadSection(record, section, heading);
        }
        else if (RecipientText.TryHeading(text, out string rest))
        {
            StartRecipients(record, rest);
        }
        else if (state == State.Focus)
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
                log.Warning(ImportCodes.FocusTaskWithoutBullet, record, ImportText.Of("FocusTaskWithoutBullet"));
            }
        }
        else
        {
            ReadHeaderLine(record, line);
        }
    }

    private void ReadHeaderLine(LineRecord record, string line)
    {
        if (expectAbstract)
        {
            // The line under a tên loại is the trích yếu; the period it names is the programme's.
            expectAbstract = false;
            AbstractText = line.Trim();
            TitlePeriod ??= PeriodText.TryRead(AbstractText);
            record.Kind = SourceLineKind.Abstract;
            return;
        }

        // A pasted header table puts two header cells on one line ("Số: 05/CTr-VPĐP<tab>Hà Tĩnh, ngày …").
        string[] cells = line.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
        var unknown = new List<string>();
        SourceLineKind? kind = null;
        foreach (string cell in cells)
        {
            SourceLineKind? cellKind = ReadHeaderCell(record, cell);
            if (cellKind is null)
            {
                unknown.Add(cell);
            }

            kind ??= cellKind;
        }

        record.Kind = unknown.Count == 0 && kind is not null ? kind.Value : SourceLineKind.NotPlaced;
        if (unknown.Count > 0)
        {
            log.Warning(ImportCodes.UnrecognisedPreambleLine, record, ImportText.Of("UnrecognisedPreambleLine", string.Join(" | ", unknown)));
        }
    }

    private SourceLineKind? ReadHeaderCell(LineRecord record, string cell)
    {
        if (HeaderText.TryPlaceAndDate(cell, out string place, out LocalDate? date))
        {
            if (date is null)
            {
                log.Error(ImportCodes.InvalidIssueDate, record, ImportText.Of("InvalidIssueDate", cell));
                return null;
            }

            if (IssueDate is null)
            {
                PlaceName = place;
                IssueDate = date;
                PlaceLine = record.Number;
            }

            return SourceLineKind.PlaceAndDate;
        }

        if (TitleLine == 0 && DocumentKindText.FromTypeName(cell) is { } documentKind)
        {
            Kind = documentKind;
            TitleLine = record.Number;
            expectAbstract = true;
            return SourceLineKind.Title;
        }

        if (HeaderText.TryTitle(cell, out YearMonth? month, out string rest))
        {
            TitlePeriod ??= month is { } titled ? ProgrammePeriod.ForMonth(titled) : null;
            TitleLine = TitleLine == 0 ? record.Number : TitleLine;
            if (month is null)
            {
                log.Warning(ImportCodes.PeriodNotInTitle, record, ImportText.Of("TitleWithoutMonth"));
            }
            else if (rest.Length > 0)
            {
                log.Warning(ImportCodes.TitleTextNotKept, record, ImportText.Of("TitleTextNotKept", rest));
            }

            return SourceLineKind.Title;
        }

        if (HeaderText.TryNumber(cell, out int? number, out string symbol))
        {
            Number = number;
            Symbol = symbol;
            return SourceLineKind.NumberAndSymbol;
        }

        return HeaderText.IsNationalHeading(cell) ? SourceLineKind.NationalHeading : null;
    }

    private void ReadSection(LineRecord record, HeaderText.Section section, string heading)
    {
        record.Kind = SourceLineKind.SectionHeading;
        switch (section)
        {
            case HeaderText.Section.Focus when FocusHeading is null:
                FocusHeading = heading;
                state = State.Focus;
                break;
            case HeaderText.Section.Schedule when ScheduleHeading is null:
                ScheduleHeading = heading;
                HeadingPeriod = PeriodText.TryRead(heading);
                HeadingLine = record.Number;
                state = State.Table;
                break;
            default:
                record.Kind = SourceLineKind.NotPlaced;
                log.Warning(ImportCodes.UnknownSection, record, ImportText.Of("UnknownSection"));
                break;
        }
    }

    private void ReadTableLine(LineRecord record, string line, int index)
    {
        string text = line.Trim();
        if (line.IndexOf('\t') < 0 && RecipientText.TryHeading(text, out string rest))
        {
            table.Finish();
            StartRecipients(record, rest);
            return;
        }

        if (line.IndexOf('\t') < 0 && HeaderText.TrySection(text, out _, out _))
        {
            record.Kind = SourceLineKind.NotPlaced;
            log.Warning(ImportCodes.UnknownSection, record, ImportText.Of("SectionAfterTable"));
            return;
        }

        table.Read(record, line, index);
    }

    private void StartRecipients(LineRecord record, string rest)
    {
        state = State.Recipients;
        RecipientsBlockRead = true;
        record.Kind = SourceLineKind.RecipientsHeading;
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
            log.Warning(ImportCodes.LineAfterRecipients, record, ImportText.Of("LineAfterRecipients"));
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
}
