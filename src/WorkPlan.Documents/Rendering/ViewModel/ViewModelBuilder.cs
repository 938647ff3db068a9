using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>Builds the <see cref="ProgrammeViewModel"/> of a programme for one render.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ViewModelBuilder
{
    /// <summary>Builds the view model.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="columns">The columns to use (the options' or the template set's), already checked.</param>
    /// <param name="placement">Where the schedule table is placed.</param>
    /// <param name="weekdayForm">How the day column writes weekdays.</param>
    /// <returns>The view model.</returns>
    public static ProgrammeViewModel Build(
        WorkProgramme programme, IReadOnlyList<ScheduleColumn> columns, SchedulePlacement placement, WeekdayForm weekdayForm)
    {
        DocumentIdentity identity = programme.Identity;
        var header = new HeaderView(
            programme.Agency.ParentLines,
            programme.Agency.NameLines,
            programme.Agency.Abbreviation,
            identity.NumberLine,
            identity.IsDraft,
            identity.PlaceAndDateLine,
            Nd30DateFormat.ShortDate(identity.IssueDate));

        bool hasFocus = programme.FocusTasks.Tasks.Count > 0;
        var focus = new FocusTasksView(hasFocus ? "1" : string.Empty, programme.FocusTasks.Heading, programme.FocusTasks.Tasks);

        var columnViews = columns.Select((column, index) => new ColumnView(index, column)).ToList().AsReadOnly();
        var cellColumns = columns.Where(c => !c.IsDay).ToList();
        var days = programme.Schedule.Days.Select(day => Day(day, weekdayForm, cellColumns)).ToList().AsReadOnly();
        var schedule = new ScheduleView(
            hasFocus ? "2" : string.Empty, programme.ScheduleHeading, placement, columnViews, days);

        string title = DocumentKindText.Title(programme.Kind, programme.Abstract);
        var annex = new AnnexView(
            (programme.ScheduleHeading.Length > 0 ? programme.ScheduleHeading : title).ToUpperInvariant(),
            "(Kèm theo " + DocumentKindText.RunningName(programme.Kind) + " số " + DocumentNumberFormat.Number(identity.Number)
            + "/" + identity.Symbol + " " + Nd30DateFormat.LongDate(identity.IssueDate) + ")");

        var signature = new SignatureView(
            programme.Signature.AuthorityLines, programme.Signature.SignerTitle, programme.Signature.SignerName);

        var lines = programme.Recipients.Recipients.Select(ViewText.RecipientLine).ToList();
        lines.Add("- " + programme.Recipients.ArchiveLine);

        return new ProgrammeViewModel(
            title,
            header,
            KindName(programme.Kind),
            DocumentKindText.TypeName(programme.Kind),
            programme.Abstract,
            focus,
            schedule,
            annex,
            signature,
            new RecipientsView(lines.AsReadOnly()));
    }

    private static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Schedule => "schedule",
        DocumentKind.Notice => "notice",
        _ => "programme",
    };

    private static DayView Day(ScheduleDay day, WeekdayForm form, List<ScheduleColumn> cellColumns)
    {
        var rows = new List<RowView>();

        // With a THỜI GIAN column (the weekly preset), the time is printed there and not again before the work.
        bool timeColumn = cellColumns.Exists(c => c.Field == ScheduleColumn.StartTimeField);
        foreach (ScheduleSession session in day.Sessions)
        {
            if (session.Entries.Count == 0)
            {
                continue;
            }

            string name = ViewText.SessionName(session.Kind);
            string label = ViewText.SessionLabel(session.Kind);
            rows.Add(new RowView("session", name, label, LabelCells(cellColumns, label), null));
            foreach (ScheduleEntry entry in session.Entries)
            {
                EntryView view = Entry(entry, session.Kind);
                rows.Add(new RowView("entry", name, null, EntryCells(cellColumns, view, timeColumn ? ViewText.Content(entry, session.Kind, withTime: false) : view.Content), view));
            }
        }

        if (rows.Count == 0)
        {
            rows.Add(day.Status == DayStatus.Holiday
                ? new RowView("holiday", null, ViewText.HolidayLabel, [new CellView("holiday", ViewText.HolidayLabel, cellColumns.Count)], null)
                : new RowView("empty", null, null, cellColumns.Select(c => new CellView(c.Field, string.Empty, 1)).ToList().AsReadOnly(), null));
        }

        return new DayView(
            IsoDate.Format(day.Date),
            Nd30DateFormat.Day(day.Date.Day),
            Nd30DateFormat.ShortDate(day.Date, includeYear: false),
            VietnameseWeekday.Format(day.Date, form),
            ViewText.StatusName(day.Status),
            day.HolidayName,
            rows.AsReadOnly());
    }

    private static EntryView Entry(ScheduleEntry entry, SessionKind session) => new(
        ViewText.Content(entry, session),
        entry.Content,
        entry.PreparingUnit,
        entry.Leaders.Select(p => p.DisplayName).ToList().AsReadOnly(),
        entry.StartTime is { } time ? ViewText.Time(time) : null,
        entry.Location,
        entry.IsAllDay,
        entry.CalendarOf,
        entry.Fields);

    private static System.Collections.ObjectModel.ReadOnlyCollection<CellView> LabelCells(List<ScheduleColumn> columns, string label)
    {
        int labelColumn = Math.Max(0, columns.FindIndex(c => c.Field == ScheduleColumn.ContentField));
        return columns.Select((c, i) => new CellView(c.Field, i == labelColumn ? label : string.Empty, 1)).ToList().AsReadOnly();
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<CellView> EntryCells(List<ScheduleColumn> columns, EntryView view, string content) =>
        columns.Select(c => new CellView(c.Field, FieldText(c.Field, view, content), 1)).ToList().AsReadOnly();

    private static string FieldText(string field, EntryView entry, string content)
    {
        string? text = field switch
        {
            ScheduleColumn.ContentField => content,
            ScheduleColumn.PreparingUnitField => entry.PreparingUnit,
            ScheduleColumn.LeadersField => entry.Leaders,
            ScheduleColumn.StartTimeField => entry.StartTime,
            ScheduleColumn.LocationField => entry.Location ?? Extra(entry, field),
            _ => Extra(entry, field),
        };
        return text ?? string.Empty;
    }

    private static string? Extra(EntryView entry, string field) =>
        entry.Fields.TryGetValue(field, out string? value) ? value : null;
}
