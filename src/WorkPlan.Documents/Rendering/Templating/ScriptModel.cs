using Scriban.Runtime;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Turns a <see cref="ProgrammeViewModel"/> into the Scriban globals templates read, naming every member in
/// snake_case (<c>NumberLine</c> → <c>number_line</c>) explicitly, without reflection, so the names are fixed here
/// (the view model's documented API) and trimming or AOT cannot remove them.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ScriptModel
{
    /// <summary>Creates the root object: the view model's members as globals.</summary>
    /// <param name="model">The view model.</param>
    /// <returns>A new script object, owned by one render.</returns>
    public static ScriptObject Create(ProgrammeViewModel model) => new()
    {
        ["version"] = model.Version,
        ["lang"] = model.Language,
        ["title"] = model.Title,
        ["header"] = Header(model.Header),
        ["document_type"] = model.DocumentType,
        ["abstract"] = model.Abstract,
        ["focus_tasks"] = FocusTasks(model.FocusTasks),
        ["schedule"] = Schedule(model.Schedule),
        ["annex"] = Annex(model.Annex),
        ["signature"] = Signature(model.Signature),
        ["recipients"] = Recipients(model.Recipients),
    };

    private static ScriptObject Header(HeaderView header) => new()
    {
        ["parent_agency_lines"] = Strings(header.ParentAgencyLines),
        ["agency_name_lines"] = Strings(header.AgencyNameLines),
        ["agency_abbreviation"] = header.AgencyAbbreviation,
        ["national_name"] = header.NationalName,
        ["motto"] = header.Motto,
        ["number_line"] = header.NumberLine,
        ["is_draft"] = header.IsDraft,
        ["place_date_line"] = header.PlaceDateLine,
        ["issue_date"] = header.IssueDate,
    };

    private static ScriptObject FocusTasks(FocusTasksView focus) => new()
    {
        ["number"] = focus.Number,
        ["heading"] = focus.Heading,
        ["heading_line"] = focus.HeadingLine,
        ["tasks"] = Strings(focus.Tasks),
        ["has_tasks"] = focus.HasTasks,
    };

    private static ScriptObject Schedule(ScheduleView schedule) => new()
    {
        ["number"] = schedule.Number,
        ["heading"] = schedule.Heading,
        ["heading_line"] = schedule.HeadingLine,
        ["placement"] = schedule.Placement,
        ["in_annex"] = schedule.InAnnex,
        ["annex_reference"] = schedule.AnnexReference,
        ["columns"] = Array(schedule.Columns, Column),
        ["has_day_column"] = schedule.HasDayColumn,
        ["cell_column_count"] = schedule.CellColumnCount,
        ["days"] = Array(schedule.Days, Day),
        ["row_count"] = schedule.RowCount,
    };

    private static ScriptObject Column(ColumnView column) => new()
    {
        ["index"] = column.Index,
        ["field"] = column.Field,
        ["heading"] = column.Heading,
        ["width"] = column.Width,
        ["is_day"] = column.IsDay,
    };

    private static ScriptObject Day(DayView day) => new()
    {
        ["date"] = day.Date,
        ["day_of_month"] = day.DayOfMonth,
        ["short_date"] = day.ShortDate,
        ["weekday"] = day.Weekday,
        ["status"] = day.Status,
        ["is_day_off"] = day.IsDayOff,
        ["holiday_name"] = day.HolidayName,
        ["rows"] = Array(day.Rows, Row),
        ["row_count"] = day.RowCount,
    };

    private static ScriptObject Row(RowView row) => new()
    {
        ["kind"] = row.Kind,
        ["session"] = row.Session,
        ["label"] = row.Label,
        ["cells"] = Array(row.Cells, Cell),
        ["entry"] = row.Entry is null ? null : Entry(row.Entry),
    };

    private static ScriptObject Cell(CellView cell) => new()
    {
        ["field"] = cell.Field,
        ["text"] = cell.Text,
        ["span"] = cell.Span,
    };

    private static ScriptObject Entry(EntryView entry)
    {
        var fields = new ScriptObject();
        foreach (KeyValuePair<string, string> pair in entry.Fields)
        {
            fields[pair.Key] = pair.Value;
        }

        return new ScriptObject
        {
            ["content"] = entry.Content,
            ["text"] = entry.Text,
            ["preparing_unit"] = entry.PreparingUnit,
            ["leaders"] = entry.Leaders,
            ["leader_names"] = Strings(entry.LeaderNames),
            ["start_time"] = entry.StartTime,
            ["location"] = entry.Location,
            ["is_all_day"] = entry.IsAllDay,
            ["calendar_of"] = entry.CalendarOf,
            ["fields"] = fields,
        };
    }

    private static ScriptObject Annex(AnnexView annex) => new()
    {
        ["label"] = annex.Label,
        ["title"] = annex.Title,
        ["reference_line"] = annex.ReferenceLine,
    };

    private static ScriptObject Signature(SignatureView signature) => new()
    {
        ["authority_lines"] = Strings(signature.AuthorityLines),
        ["signer_title"] = signature.SignerTitle,
        ["signer_name"] = signature.SignerName,
    };

    private static ScriptObject Recipients(RecipientsView recipients) => new()
    {
        ["label"] = recipients.Label,
        ["lines"] = Strings(recipients.Lines),
    };

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
