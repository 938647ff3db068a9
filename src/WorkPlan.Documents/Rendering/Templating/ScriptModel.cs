using Scriban.Runtime;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Turns a <see cref="ProgrammeViewModel"/> into the Scriban globals templates read, naming every member in
/// snake_case (<c>NumberLine</c> → <c>number_line</c>) explicitly, without reflection, so the names are fixed here
/// (the view model's documented API) and trimming or AOT cannot remove them.
/// </summary>
/// <remarks>
/// Each object is created with room for exactly its members (no dictionary growth): a seed render builds about a
/// thousand of them.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ScriptModel
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] SmallIntegers = Enumerable.Range(0, 256).Select(i => (object)i).ToArray();

    /// <summary>Creates the root object: the view model's members as globals.</summary>
    /// <param name="model">The view model.</param>
    /// <param name="extraCapacity">Room for the globals the caller adds (functions).</param>
    /// <returns>A new script object, owned by one render.</returns>
    public static ScriptObject Create(ProgrammeViewModel model, int extraCapacity = 0) => new(12 + extraCapacity)
    {
        { "version", Box(model.Version) },
        { "lang", model.Language },
        { "title", model.Title },
        { "header", Header(model.Header) },
        { "document_kind", model.DocumentKind },
        { "document_type", model.DocumentType },
        { "abstract", model.Abstract },
        { "focus_tasks", FocusTasks(model.FocusTasks) },
        { "schedule", Schedule(model.Schedule) },
        { "annex", Annex(model.Annex) },
        { "signature", Signature(model.Signature) },
        { "recipients", Recipients(model.Recipients) },
    };

    private static ScriptObject Header(HeaderView header) => new(9)
    {
        { "parent_agency_lines", Strings(header.ParentAgencyLines) },
        { "agency_name_lines", Strings(header.AgencyNameLines) },
        { "agency_abbreviation", header.AgencyAbbreviation },
        { "national_name", header.NationalName },
        { "motto", header.Motto },
        { "number_line", header.NumberLine },
        { "is_draft", Box(header.IsDraft) },
        { "place_date_line", header.PlaceDateLine },
        { "issue_date", header.IssueDate },
    };

    private static ScriptObject FocusTasks(FocusTasksView focus) => new(5)
    {
        { "number", focus.Number },
        { "heading", focus.Heading },
        { "heading_line", focus.HeadingLine },
        { "tasks", Strings(focus.Tasks) },
        { "has_tasks", Box(focus.HasTasks) },
    };

    private static ScriptObject Schedule(ScheduleView schedule) => new(12)
    {
        { "number", schedule.Number },
        { "heading", schedule.Heading },
        { "has_heading", Box(schedule.HasHeading) },
        { "heading_line", schedule.HeadingLine },
        { "placement", schedule.Placement },
        { "in_annex", Box(schedule.InAnnex) },
        { "annex_reference", schedule.AnnexReference },
        { "columns", Array(schedule.Columns, Column) },
        { "has_day_column", Box(schedule.HasDayColumn) },
        { "cell_column_count", Box(schedule.CellColumnCount) },
        { "days", Array(schedule.Days, Day) },
        { "row_count", Box(schedule.RowCount) },
    };

    private static ScriptObject Column(ColumnView column) => new(5)
    {
        { "index", Box(column.Index) },
        { "field", column.Field },
        { "heading", column.Heading },
        { "width", column.Width },
        { "is_day", Box(column.IsDay) },
    };

    private static ScriptObject Day(DayView day) => new(9)
    {
        { "date", day.Date },
        { "day_of_month", day.DayOfMonth },
        { "short_date", day.ShortDate },
        { "weekday", day.Weekday },
        { "status", day.Status },
        { "is_day_off", Box(day.IsDayOff) },
        { "holiday_name", day.HolidayName },
        { "rows", Array(day.Rows, Row) },
        { "row_count", Box(day.RowCount) },
    };

    private static ScriptObject Row(RowView row) => new(5)
    {
        { "kind", row.Kind },
        { "session", row.Session },
        { "label", row.Label },
        { "cells", Array(row.Cells, Cell) },
        { "entry", row.Entry is null ? null : Entry(row.Entry) },
    };

    private static ScriptObject Cell(CellView cell) => new(3)
    {
        { "field", cell.Field },
        { "text", cell.Text },
        { "span", Box(cell.Span) },
    };

    private static ScriptObject Entry(EntryView entry)
    {
        var fields = new ScriptObject(entry.Fields.Count);
        foreach (KeyValuePair<string, string> pair in entry.Fields)
        {
            fields.SetValue(pair.Key, pair.Value, false);
        }

        return new ScriptObject(10)
        {
            { "content", entry.Content },
            { "text", entry.Text },
            { "preparing_unit", entry.PreparingUnit },
            { "leaders", entry.Leaders },
            { "leader_names", Strings(entry.LeaderNames) },
            { "start_time", entry.StartTime },
            { "location", entry.Location },
            { "is_all_day", Box(entry.IsAllDay) },
            { "calendar_of", entry.CalendarOf },
            { "fields", fields },
        };
    }

    private static ScriptObject Annex(AnnexView annex) => new(3)
    {
        { "label", annex.Label },
        { "title", annex.Title },
        { "reference_line", annex.ReferenceLine },
    };

    private static ScriptObject Signature(SignatureView signature) => new(3)
    {
        { "authority_lines", Strings(signature.AuthorityLines) },
        { "signer_title", signature.SignerTitle },
        { "signer_name", signature.SignerName },
    };

    private static ScriptObject Recipients(RecipientsView recipients) => new(2)
    {
        { "label", recipients.Label },
        { "lines", Strings(recipients.Lines) },
    };

    // Values are boxed once for all renders: boxes are immutable, and templates see the same values.
    private static object Box(bool value) => value ? True : False;

    private static object Box(int value) => value >= 0 && value < SmallIntegers.Length ? SmallIntegers[value] : value;

    private static ScriptArray Strings(IReadOnlyList<string> values)
    {
        var array = new ScriptArray(values.Count);
        foreach (string value in values)
        {
            array.Add(value);
        }

        return array;
    }

    private static ScriptArray Array<T>(IReadOnlyList<T> values, Func<T, ScriptObject> convert)
    {
        var array = new ScriptArray(values.Count);
        foreach (T value in values)
        {
            array.Add(convert(value));
        }

        return array;
    }
}
