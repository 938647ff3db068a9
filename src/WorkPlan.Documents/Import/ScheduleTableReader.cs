using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Localization;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Import;

/// <summary>
/// Reads the rows of the schedule table into days, sessions and entries, coping with what pasted tables contain:
/// a session marker on the same line as its content, a marker line that belongs to the next day, a day number
/// whose weekday is on a later line, blank lines inside a day, and rows with missing trailing cells.
/// </summary>
internal sealed class ScheduleTableReader
{
    private static readonly Regex DayCell = new(
        @"^(?<d>\d{1,3})(?:\s*[/.]\s*(?<m>\d{1,2})(?:\s*[/.]\s*\d{2,4})?)?(?:\s+(?<weekday>\S.*)|\s*)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly IReadOnlyList<string> lines;
    private readonly ImportLog log;
    private readonly Func<int, DayResolver> period;
    private readonly SortedDictionary<LocalDate, ParsedDay> days = new();
    private readonly List<PendingMarker> pending = [];
    private TableLayout? layout;
    private ParsedDay? day;
    private SessionKind? session;
    private LocalDate? lastDate;

    /// <summary>Creates the reader.</summary>
    /// <param name="lines">The NFC lines of the whole text, for looking ahead.</param>
    /// <param name="log">Where diagnostics go.</param>
    /// <param name="period">Returns the programme's days when the first day is read; throws when they are unknown (the argument is the line number).</param>
    internal ScheduleTableReader(IReadOnlyList<string> lines, ImportLog log, Func<int, DayResolver> period)
    {
        this.lines = lines;
        this.log = log;
        this.period = period;
    }

    internal IEnumerable<ParsedDay> Days => days.Values;

    /// <summary>Returns whether a line looks like a table row or the column header (used to find a table with no heading).</summary>
    internal static bool LooksLikeTableLine(string line)
    {
        if (line.IndexOf('\t') < 0)
        {
            return false;
        }

        string[] cells = line.Split('\t');
        return TableLayout.TryRead(cells) is not null || DayCell.IsMatch(cells[0].Trim());
    }

    /// <summary>Returns whether a cell is a day cell ("04", "04/5", "04 Thứ 3"), the first cell of a day's row.</summary>
    internal static bool IsDayCell(string cell) => DayCell.IsMatch(cell.Trim());

    internal void Read(LineRecord record, string line, int index)
    {
        string[] cells = line.Split('\t');
        TableLayout? header = TableLayout.TryRead(cells);
        if (header is not null)
        {
            if (layout is null)
            {
                layout = header;
                foreach (TableLayout.Column column in header.Columns.Where(c => c.Role == TableLayout.Role.Field))
                {
                    log.Information(ImportCodes.UnknownColumn, record, ImportText.Of("UnknownColumn", column.Title));
                }
            }

            record.Kind = SourceLineKind.ColumnHeader;
            return;
        }

        if (layout is null)
        {
            layout = TableLayout.Default;
            log.Warning(ImportCodes.TableStartedWithoutHeader, record, ImportText.Of("TableStartedWithoutHeader"));
        }

        if (cells.Length == 1)
        {
            ReadSingleCell(record, cells[0].Trim(), index);
            return;
        }

        if (cells.Length > layout.Count)
        {
            string extra = string.Join(" | ", cells.Skip(layout.Count).Where(c => c.Trim().Length > 0));
            if (extra.Length > 0)
            {
                record.Kind = SourceLineKind.NotPlaced;
                log.Error(ImportCodes.TooManyCells, record, ImportText.Of("TooManyCells", cells.Length, layout.Count, extra));
                return;
            }
        }

        ReadRow(record, new Row(layout, cells), index);
    }

    /// <summary>Ends the table: markers still waiting for their day go back to the day they were written in.</summary>
    internal void Finish()
    {
        ResolvePendingMarkers(null);
        ReportMissingWeekday(day);
    }

    private void ReadSingleCell(LineRecord record, string cell, int index)
    {
        if (DayCell.IsMatch(cell) || VietnameseWeekday.TryParse(cell, out _))
        {
            ReadRow(record, new Row(layout!, [cell]), index);
            return;
        }

        record.Kind = SourceLineKind.NotPlaced;
        log.Error(ImportCodes.LineWithoutColumns, record, ImportText.Of("LineWithoutColumns"));
    }

    private void ReadRow(LineRecord record, Row row, int index)
    {
        if (row.Day.Length > 0 && !ReadDayCell(record, row.Day))
        {
            return;
        }

        if (day is null)
        {
            if (row.HasAnyBesideDay)
            {
                record.Kind = SourceLineKind.NotPlaced;
                log.Error(ImportCodes.RowOutsideDay, record, ImportText.Of("RowOutsideDay"));
            }
            else if (record.Parts == ScheduleRowParts.None)
            {
                record.Kind = SourceLineKind.Blank;
            }

            return;
        }

        record.Day = day;
        if (row.SingleOtherCell is { } only && EntryText.TryDayOff(only, out string? holidayName))
        {
            day.MarkedHoliday = true;
            day.HolidayName ??= holidayName;
            record.Parts |= ScheduleRowParts.Holiday;
            record.Kind = SourceLineKind.ScheduleRow;
            return;
        }

        string content = row.Content;
        if (EntryText.TryMarker(content, out SessionKind kind, out string rest))
        {
            if (!OpenSession(record, kind, bare: rest.Length == 0 && !row.HasAnyBesideDayAndContent, index))
            {
                return;
            }

            content = rest;
        }

        if (content.Length > 0)
        {
            AddEntry(record, row, content);
        }
        else if (row.HasAnyBesideDayAndContent)
        {
            log.Error(ImportCodes.CellsWithoutContent, record, ImportText.Of("CellsWithoutContent", row.OtherCellsText));
        }

        record.Kind = record.Parts == ScheduleRowParts.None
            ? (row.HasAnyBesideDayAndContent ? SourceLineKind.NotPlaced : SourceLineKind.Blank)
            : SourceLineKind.ScheduleRow;
        if (record.Kind == SourceLineKind.Blank)
        {
            record.Day = null;
        }
        else if (row.MissingCells > 0 && (record.Parts & ScheduleRowParts.Entry) != 0)
        {
            log.Warning(ImportCodes.MissingCells, record, ImportText.Of("MissingCells", row.CellCount, row.ColumnCount));
        }
    }

    /// <summary>Reads the day cell; returns false when the row is not imported (an invalid day).</summary>
    private bool ReadDayCell(LineRecord record, string cell)
    {
        Match match = DayCell.Match(cell);
        if (match.Success)
        {
            return StartDay(record, match);
        }

        if (VietnameseWeekday.TryParse(cell, out IsoDayOfWeek weekday))
        {
            if (day is { AwaitsWeekday: true })
            {
                record.Parts |= ScheduleRowParts.Weekday;
                day.WrittenWeekday = weekday;
                day.AwaitsWeekday = false;
                log.Information(ImportCodes.WeekdayOnLaterLine, record, ImportText.Of("WeekdayOnLaterLine", cell, Short(day.Date), day.LineNumber));
            }
            else
            {
                log.Warning(ImportCodes.WeekdayWithoutDay, record, ImportText.Of("WeekdayWithoutDay", cell));
            }

            return true;
        }

        // As for a day that does not exist (StartDay): the rows that follow belong to the unreadable day, not to the one
        // before it, so they are not filed under that one.
        LeaveDay();
        record.Kind = SourceLineKind.NotPlaced;
        log.Error(ImportCodes.UnrecognisedDayCell, record, ImportText.Of("UnrecognisedDayCell", cell));
        return false;
    }

    /// <summary>Ends the current day without starting another: the rows up to the next valid day belong to no day.</summary>
    private void LeaveDay()
    {
        ResolvePendingMarkers(null);
        ReportMissingWeekday(day);
        day = null;
        session = null;
    }

    private bool StartDay(LineRecord record, Match match)
    {
        DayResolver resolver = period(record.Number);
        int number = int.Parse(match.Groups["d"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        int? monthWritten = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        LocalDate? resolved = resolver.Resolve(number, monthWritten, lastDate);
        if (resolved is null)
        {
            LeaveDay();
            record.Kind = SourceLineKind.NotPlaced;
            log.Error(ImportCodes.InvalidDay, record, ImportText.Of("InvalidDay", match.Value.Trim(), resolver.Description));
            return false;
        }

        ReportMissingWeekday(day);
        LocalDate date = resolved.Value;
        if (days.TryGetValue(date, out ParsedDay? existing))
        {
            log.Warning(ImportCodes.DayRepeated, record, ImportText.Of("DayRepeated", Short(date), existing.LineNumber));
            day = existing;
        }
        else
        {
            if (lastDate is { } previous && date < previous)
            {
                log.Warning(ImportCodes.DayOutOfOrder, record, ImportText.Of("DayOutOfOrder", Short(date), Short(previous)));
            }

            day = new ParsedDay(date, record);
            days.Add(date, day);
        }

        lastDate = date;
        session = null;
        record.Parts |= ScheduleRowParts.DayNumber;
        string weekdayText = match.Groups["weekday"].Success ? match.Groups["weekday"].Value.Trim() : string.Empty;
        if (weekdayText.Length == 0)
        {
            day.AwaitsWeekday = day.WrittenWeekday is null;
        }
        else if (VietnameseWeekday.TryParse(weekdayText, out IsoDayOfWeek weekday))
        {
            day.WrittenWeekday ??= weekday;
            record.Parts |= ScheduleRowParts.Weekday;
        }
        else
        {
            log.Warning(ImportCodes.UnknownWeekday, record, ImportText.Of("UnknownWeekday", weekdayText, Short(date)));
        }

        ResolvePendingMarkers(day);
        return true;
    }

    /// <summary>Opens a session; returns false when the marker is held for the next day.</summary>
    private bool OpenSession(LineRecord record, SessionKind kind, bool bare, int index)
    {
        ParsedDay current = day!;
        bool outOfOrder = current.HasSession(kind) || (current.LastSession is { } last && kind < last);
        record.Parts |= ScheduleRowParts.SessionMarker;
        record.Session = kind;
        if (bare && outOfOrder && (record.Parts & ScheduleRowParts.DayNumber) == 0 && NextNonBlankStartsDay(index, out int dayLine))
        {
            pending.Add(new PendingMarker(record, kind, current));
            record.Kind = SourceLineKind.ScheduleRow;
            log.Information(ImportCodes.MarkerMovedToNextDay, record, ImportText.Of("MarkerMovedToNextDay", SessionName(kind), SessionWord(current.LastSession ?? kind), Short(current.Date), dayLine));
            return false;
        }

        if (current.HasSession(kind))
        {
            log.Warning(ImportCodes.SessionRepeated, record, ImportText.Of("SessionRepeated", Short(current.Date), SessionWord(kind)));
        }

        current.OpenSession(kind);
        session = kind;
        return true;
    }

    private void AddEntry(LineRecord record, Row row, string contentText)
    {
        EntryText.ContentParts parts = EntryText.Content(contentText);
        string content = parts.Content;
        bool allDay = parts.IsAllDay;
        string? calendarOf = parts.CalendarOf;
        if (content.Length == 0)
        {
            content = contentText.Trim();
            allDay = false;
            calendarOf = null;
            log.Warning(ImportCodes.ContentIsOnlyAnnotation, record, ImportText.Of("ContentIsOnlyAnnotation"));
        }

        SessionKind kind = session ?? SessionKind.AllDay;
        LocalTime? startTime = parts.StartTime;
        List<KeyValuePair<string, string>>? fields = row.Fields;
        if (row.StartTime is { } timeText)
        {
            // A time column ("8 giờ 30", "7h30", "08:00") gives the start time, and "Cả ngày" an all-day entry; any
            // other cell ("Sau giao ban", "7h30 - 9h") is kept, as the entry field named by the column.
            if (EntryText.TryTime(timeText) is { } time)
            {
                startTime = time;
            }
            else if (EntryText.IsAllDayCell(timeText))
            {
                allDay = true;
            }
            else
            {
                (fields ??= []).Add(new KeyValuePair<string, string>(row.StartTimeTitle!, timeText));
            }
        }

        try
        {
            var entry = new ScheduleEntry(
                content,
                row.Unit,
                EntryText.Leaders(row.Leaders),
                startTime,
                row.Location,
                allDay,
                calendarOf,
                fields);
            day!.Add(kind, entry);
            record.Parts |= ScheduleRowParts.Entry;
            record.Entry = entry;
            record.Session = kind;
        }
        catch (ArgumentException ex)
        {
            log.Error(ImportCodes.ValueRejected, record, ImportText.Of("EntryRejected", ex.Message));
        }
    }

    private void ResolvePendingMarkers(ParsedDay? target)
    {
        foreach (PendingMarker marker in pending)
        {
            ParsedDay home = target ?? marker.Origin;
            marker.Record.Day = home;
            home.OpenSession(marker.Kind);
            if (target is null)
            {
                log.Warning(ImportCodes.SessionRepeated, marker.Record, ImportText.Of("MarkerStays", SessionName(marker.Kind), Short(home.Date)));
            }
            else
            {
                session = marker.Kind;
            }
        }

        pending.Clear();
    }

    private void ReportMissingWeekday(ParsedDay? previous)
    {
        if (previous is { AwaitsWeekday: true })
        {
            previous.AwaitsWeekday = false;
            log.Information(ImportCodes.DayWithoutWeekday, previous.Start, ImportText.Of("DayWithoutWeekday", Short(previous.Date)));
        }
    }

    private bool NextNonBlankStartsDay(int index, out int lineNumber)
    {
        for (int j = index + 1; j < lines.Count; j++)
        {
            string text = lines[j];
            if (text.Trim().Length == 0)
            {
                continue;
            }

            int tab = text.IndexOf('\t');
            lineNumber = j + 1;
            return DayCell.IsMatch((tab < 0 ? text : text.Substring(0, tab)).Trim());
        }

        lineNumber = 0;
        return false;
    }

    private static string Short(LocalDate date) => Nd30DateFormat.ShortDate(date, includeYear: false);

    /// <summary>The session's label as the table writes it ("Buổi sáng"), for a message that quotes it.</summary>
    private static string SessionName(SessionKind kind) => kind switch
    {
        SessionKind.Morning => "Buổi sáng",
        SessionKind.Afternoon => "Buổi chiều",
        SessionKind.Evening => "Buổi tối",
        _ => "Cả ngày",
    };

    /// <summary>The session named within a sentence: the table's label in English (as before), "buổi sáng" in Vietnamese.</summary>
    private static LocalizedText SessionWord(SessionKind kind) => ImportText.Of(kind switch
    {
        SessionKind.Morning => "Session_Morning",
        SessionKind.Afternoon => "Session_Afternoon",
        SessionKind.Evening => "Session_Evening",
        _ => "Session_AllDay",
    });

    private sealed record PendingMarker(LineRecord Record, SessionKind Kind, ParsedDay Origin);
}
