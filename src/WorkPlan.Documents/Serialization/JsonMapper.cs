using System.Text;
using NodaTime;
using NodaTime.Text;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Turns <see cref="JsonShape"/> objects into the model and back. Every failure names the JSON path of the value
/// (e.g. <c>$.schedule.days[3].sessions[0].entries[1].content</c>) and what was expected.
/// </summary>
internal static class JsonMapper
{
    private static readonly LocalTimePattern TimePattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    internal static WorkProgramme ToModel(JsonShape.Programme dto)
    {
        DocumentKind kind = Kind(dto);
        ProgrammePeriod period = Period(Required(dto.Period, "$.period"), "$.period");
        WorkProgramme programme = At("$", () => new WorkProgramme(
            Agency(Required(dto.Agency, "$.agency"), "$.agency"),
            Identity(Required(dto.Identity, "$.identity"), "$.identity"),
            period,
            Schedule(Required(dto.Schedule, "$.schedule"), "$.schedule"),
            Signature(Required(dto.Signature, "$.signature"), "$.signature"),
            dto.FocusTasks is null ? null : At("$.focusTasks", () => new FocusTaskSection(Strings(dto.FocusTasks.Tasks, "$.focusTasks.tasks"), dto.FocusTasks.Heading)),
            dto.Recipients is null ? null : Recipients(dto.Recipients, "$.recipients"),
            dto.Abstract,
            Assumed(dto.Assumed, "$.assumed")));
        return programme.AsKind(kind);
    }

    /// <summary>
    /// Reads the kind: version 2 requires <c>kind</c>; version 1 knows only programmes and must not have it.
    /// </summary>
    private static DocumentKind Kind(JsonShape.Programme dto)
    {
        switch (dto.SchemaVersion)
        {
            case WorkProgrammeJson.SchemaVersion:
                return Named(dto.Kind, JsonNames.Kind, "$.kind");
            case 1 when dto.Kind is not null:
                throw Error("$.kind", "\"kind\" is a property of schemaVersion 2; a version 1 document is always a programme. Write \"schemaVersion\": 2 to give a kind.");
            case 1:
                return DocumentKind.Programme;
            default:
                throw Error("$.schemaVersion", $"schemaVersion {dto.SchemaVersion} is not supported; expected 1 or {WorkProgrammeJson.SchemaVersion}.");
        }
    }

    internal static JsonShape.Programme FromModel(WorkProgramme programme) => new()
    {
        SchemaVersion = WorkProgrammeJson.SchemaVersion,
        Kind = JsonNames.Kind.NameOf(programme.Kind),
        Agency = new JsonShape.Agency
        {
            ParentLines = programme.Agency.ParentLines.ToList(),
            NameLines = programme.Agency.NameLines.ToList(),
            Abbreviation = programme.Agency.Abbreviation,
        },
        Identity = new JsonShape.Identity
        {
            Number = programme.Identity.Number,
            Symbol = programme.Identity.Symbol,
            PlaceName = programme.Identity.PlaceName,
            IssueDate = programme.Identity.IssueDate,
        },
        Period = programme.Period.Kind == PeriodKind.Month
            ? new JsonShape.Period { Month = programme.Period.Month }
            : new JsonShape.Period { Start = programme.Period.Start, End = programme.Period.End },
        Abstract = programme.CustomAbstract,
        FocusTasks = new JsonShape.FocusTasks { Heading = programme.FocusTasks.Heading, Tasks = programme.FocusTasks.Tasks.ToList() },
        Schedule = new JsonShape.Schedule
        {
            Heading = programme.Schedule.Heading,
            Days = programme.Schedule.Days.Select(FromDay).ToList(),
        },
        Signature = new JsonShape.Signature
        {
            AuthorityLines = programme.Signature.AuthorityLines.ToList(),
            SignerTitle = programme.Signature.SignerTitle,
            SignerName = programme.Signature.SignerName,
        },
        Recipients = new JsonShape.Recipients
        {
            Lines = programme.Recipients.Recipients.Select(r => new JsonShape.RecipientLine { Name = r.Name, Purpose = r.Purpose }).ToList(),
            Archive = programme.Recipients.Archive.ToList(),
        },
        Assumed = JsonNames.Assumed.Pairs.Where(p => (programme.Assumed & p.Value) != 0).Select(p => p.Name).ToList(),
    };

    private static JsonShape.Day FromDay(ScheduleDay day) => new()
    {
        Date = day.Date,
        Status = JsonNames.Status.NameOf(day.Status),
        HolidayName = day.HolidayName,
        Provisional = day.IsProvisional,
        WrittenWeekday = day.WrittenWeekday is { } weekday ? JsonNames.Weekday.NameOf(weekday) : null,
        Sessions = day.Sessions.Select(s => new JsonShape.Session
        {
            Kind = JsonNames.Session.NameOf(s.Kind),
            Entries = s.Entries.Select(FromEntry).ToList(),
        }).ToList(),
    };

    private static JsonShape.Entry FromEntry(ScheduleEntry entry) => new()
    {
        Content = entry.Content,
        PreparingUnit = entry.PreparingUnit,
        Leaders = entry.Leaders.Select(p => new JsonShape.Leader { Name = p.Name, Honorific = p.Honorific }).ToList(),
        StartTime = entry.StartTime is { } time ? TimePattern.Format(time) : null,
        Location = entry.Location,
        AllDay = entry.IsAllDay,
        CalendarOf = entry.CalendarOf,
        Fields = entry.Fields.Count == 0 ? null : entry.Fields.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
    };

    internal static IssuingAgency Agency(JsonShape.Agency dto, string path) => At(path, () => new IssuingAgency(
        Strings(dto.ParentLines, path + ".parentLines"),
        Strings(Required(dto.NameLines, path + ".nameLines"), path + ".nameLines"),
        Required(dto.Abbreviation, path + ".abbreviation")));

    private static DocumentIdentity Identity(JsonShape.Identity dto, string path) => At(path, () => new DocumentIdentity(
        dto.Number,
        Required(dto.Symbol, path + ".symbol"),
        Required(dto.PlaceName, path + ".placeName"),
        Date(dto.IssueDate, path + ".issueDate")));

    private static ProgrammePeriod Period(JsonShape.Period dto, string path)
    {
        if (dto.Month is not null)
        {
            if (dto.Start is not null || dto.End is not null)
            {
                throw Error(path, "give either month or start and end, not both.");
            }

            return ProgrammePeriod.ForMonth(dto.Month.Value);
        }

        if (dto.Start is null || dto.End is null)
        {
            throw Error(path, "expected either month (\"2021-05\") or both start and end dates (\"2021-05-03\").");
        }

        LocalDate start = dto.Start.Value;
        LocalDate end = dto.End.Value;
        if (end < start)
        {
            throw Error(path + ".end", $"end {IsoDate.Format(end)} is before start {IsoDate.Format(start)}.");
        }

        return At(path, () => ProgrammePeriod.ForInterval(new DateInterval(start, end)));
    }

    private static ScheduleSection Schedule(JsonShape.Schedule dto, string path)
    {
        List<JsonShape.Day> days = Required(dto.Days, path + ".days");
        var result = new List<ScheduleDay>(days.Count);
        for (int i = 0; i < days.Count; i++)
        {
            result.Add(Day(Required(days[i], $"{path}.days[{i}]"), $"{path}.days[{i}]"));
        }

        return At(path, () => new ScheduleSection(result, dto.Heading));
    }

    private static ScheduleDay Day(JsonShape.Day dto, string path)
    {
        LocalDate date = Date(dto.Date, path + ".date");
        DayStatus status = Named(dto.Status, JsonNames.Status, path + ".status");
        IsoDayOfWeek? written = dto.WrittenWeekday is null ? null : Named(dto.WrittenWeekday, JsonNames.Weekday, path + ".writtenWeekday");
        var sessions = new List<ScheduleSession>();
        List<JsonShape.Session> list = dto.Sessions ?? [];
        for (int i = 0; i < list.Count; i++)
        {
            string sessionPath = $"{path}.sessions[{i}]";
            JsonShape.Session session = Required(list[i], sessionPath);
            SessionKind kind = Named(session.Kind, JsonNames.Session, sessionPath + ".kind");
            var entries = new List<ScheduleEntry>();
            List<JsonShape.Entry> entryList = session.Entries ?? [];
            for (int j = 0; j < entryList.Count; j++)
            {
                entries.Add(Entry(Required(entryList[j], $"{sessionPath}.entries[{j}]"), $"{sessionPath}.entries[{j}]"));
            }

            sessions.Add(At(sessionPath, () => new ScheduleSession(kind, entries)));
        }

        return At(path, () => new ScheduleDay(date, status, sessions, dto.HolidayName, dto.Provisional, written));
    }

    private static ScheduleEntry Entry(JsonShape.Entry dto, string path)
    {
        var leaders = new List<Person>();
        List<JsonShape.Leader> list = dto.Leaders ?? [];
        for (int i = 0; i < list.Count; i++)
        {
            JsonShape.Leader leader = Required(list[i], $"{path}.leaders[{i}]");
            leaders.Add(At($"{path}.leaders[{i}]", () => new Person(Required(leader.Name, $"{path}.leaders[{i}].name"), leader.Honorific)));
        }

        LocalTime? start = null;
        if (dto.StartTime is not null)
        {
            ParseResult<LocalTime> parsed = TimePattern.Parse(dto.StartTime);
            start = parsed.Success ? parsed.Value : throw Error(path + ".startTime", $"\"{dto.StartTime}\" is not a time; expected HH:mm, e.g. \"08:30\".");
        }

        return At(path, () => new ScheduleEntry(
            Required(dto.Content, path + ".content"),
            dto.PreparingUnit,
            leaders,
            start,
            dto.Location,
            dto.AllDay,
            dto.CalendarOf,
            dto.Fields));
    }

    internal static SignatureBlock Signature(JsonShape.Signature dto, string path) => At(path, () => new SignatureBlock(
        Strings(dto.AuthorityLines, path + ".authorityLines"),
        Required(dto.SignerTitle, path + ".signerTitle"),
        Required(dto.SignerName, path + ".signerName")));

    internal static RecipientList Recipients(JsonShape.Recipients dto, string path)
    {
        var lines = new List<Recipient>();
        List<JsonShape.RecipientLine> list = dto.Lines ?? [];
        for (int i = 0; i < list.Count; i++)
        {
            JsonShape.RecipientLine line = Required(list[i], $"{path}.lines[{i}]");
            lines.Add(At($"{path}.lines[{i}]", () => new Recipient(Required(line.Name, $"{path}.lines[{i}].name"), line.Purpose)));
        }

        return At(path, () => new RecipientList(lines, Strings(dto.Archive, path + ".archive")));
    }

    private static AssumedFields Assumed(List<string>? names, string path)
    {
        AssumedFields result = AssumedFields.None;
        if (names is null)
        {
            return result;
        }

        for (int i = 0; i < names.Count; i++)
        {
            result |= Named(names[i], JsonNames.Assumed, $"{path}[{i}]");
        }

        return result;
    }

    private static List<string> Strings(List<string>? values, string path)
    {
        if (values is null)
        {
            return [];
        }

        for (int i = 0; i < values.Count; i++)
        {
            Required(values[i], $"{path}[{i}]");
        }

        return values;
    }

    private static LocalDate Date(LocalDate? value, string path) =>
        value ?? throw Error(path, "a date is required here (yyyy-MM-dd, e.g. \"2021-05-07\") but the property is null.");

    private static T Named<T>(string? text, JsonNameTable<T> names, string path)
        where T : struct, Enum =>
        names.TryParse(Required(text, path), out T value) ? value : throw Error(path, $"\"{text}\" is not allowed here; expected one of {names.Listed}.");

    internal static T Required<T>(T? value, string path)
        where T : class =>
        value ?? throw Error(path, "a value is required here but the property is missing or null.");

    internal static T At<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            // The model names the field ("entry.content", "focusTasks.tasks[2]"); the JSON path says which one it is.
            // Where the document lacks that value, the reader points at the nearest one it has (JsonSource.Locate).
            throw Error(path + FieldPath(ex.ParamName), ArgumentMessage.Of(ex), ex);
        }
    }

    /// <summary>
    /// The JSON path, relative to the value being built, of the model field an exception names: "entry.content" is
    /// <c>.content</c>, "agency.nameLines[2]" <c>.nameLines[2]</c>, <c>entry.fields["Ghi chú"]</c> <c>.fields['Ghi chú']</c>,
    /// "entry.fields (name)" <c>.fields</c>; a bare name such as "abstract" is a property of the value itself.
    /// </summary>
    internal static string FieldPath(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        // A remark after the name, as in "entry.fields (name)", is not part of it.
        int remark = field!.LastIndexOf(" (", StringComparison.Ordinal);
        string name = remark > field.LastIndexOf(']') && field[field.Length - 1] == ')' ? field.Substring(0, remark) : field;
        int dot = name.IndexOf('.');
        string rest = dot < 0 ? name : name.Substring(dot + 1);
        var path = new StringBuilder();
        int i = 0;
        while (i < rest.Length)
        {
            if (rest[i] == '.')
            {
                i++;
                continue;
            }

            if (rest.Length - i > 3 && rest[i] == '[' && rest[i + 1] == '"')
            {
                int close = rest.IndexOf("\"]", i + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                JsonPathWalker.AppendName(path, rest.Substring(i + 2, close - i - 2));
                i = close + 2;
            }
            else if (rest[i] == '[')
            {
                int close = rest.IndexOf(']', i);
                if (close < 0 || !rest.Substring(i + 1, close - i - 1).All(c => c is >= '0' and <= '9'))
                {
                    break;
                }

                path.Append(rest, i, close - i + 1);
                i = close + 1;
            }
            else
            {
                int end = rest.IndexOfAny(['.', '['], i);
                end = end < 0 ? rest.Length : end;
                path.Append('.').Append(rest, i, end - i);
                i = end;
            }
        }

        return path.ToString();
    }

    internal static WorkProgrammeJsonException Error(string path, string message, Exception? inner = null) =>
        new(path, null, null, message, inner);
}
