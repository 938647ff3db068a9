using System.Text.Json.Serialization;
using NodaTime;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// The JSON shape of a programme, schema versions 1 and 2 (published as work-programme.v2.schema.json; version 2
/// adds <c>kind</c>). These classes
/// mirror the JSON exactly, so System.Text.Json reports type errors with their JSON path; <see cref="JsonMapper"/>
/// turns them into the model, where the invariants are checked.
/// </summary>
internal static class JsonShape
{
    internal sealed class Programme
    {
        [JsonRequired] public int SchemaVersion { get; set; }
        public string? Kind { get; set; }
        [JsonRequired] public Agency? Agency { get; set; }
        [JsonRequired] public Identity? Identity { get; set; }
        [JsonRequired] public Period? Period { get; set; }
        public string? Abstract { get; set; }
        public FocusTasks? FocusTasks { get; set; }
        [JsonRequired] public Schedule? Schedule { get; set; }
        [JsonRequired] public Signature? Signature { get; set; }
        public Recipients? Recipients { get; set; }
        public List<string>? Assumed { get; set; }
    }

    internal sealed class Agency
    {
        public List<string>? ParentLines { get; set; }
        [JsonRequired] public List<string>? NameLines { get; set; }
        [JsonRequired] public string? Abbreviation { get; set; }
    }

    internal sealed class Identity
    {
        public int? Number { get; set; }
        [JsonRequired] public string? Symbol { get; set; }
        [JsonRequired] public string? PlaceName { get; set; }
        [JsonRequired] public LocalDate? IssueDate { get; set; }
    }

    internal sealed class Period
    {
        public YearMonth? Month { get; set; }
        public LocalDate? Start { get; set; }
        public LocalDate? End { get; set; }
    }

    internal sealed class FocusTasks
    {
        public string? Heading { get; set; }
        public List<string>? Tasks { get; set; }
    }

    internal sealed class Schedule
    {
        public string? Heading { get; set; }
        [JsonRequired] public List<Day>? Days { get; set; }
    }

    internal sealed class Day
    {
        [JsonRequired] public LocalDate? Date { get; set; }
        [JsonRequired] public string? Status { get; set; }
        public string? HolidayName { get; set; }
        public bool Provisional { get; set; }
        public string? WrittenWeekday { get; set; }
        public List<Session>? Sessions { get; set; }
    }

    internal sealed class Session
    {
        [JsonRequired] public string? Kind { get; set; }
        public List<Entry>? Entries { get; set; }
    }

    internal sealed class Entry
    {
        [JsonRequired] public string? Content { get; set; }
        public string? PreparingUnit { get; set; }
        public List<Leader>? Leaders { get; set; }
        public string? StartTime { get; set; }
        public string? Location { get; set; }
        public bool AllDay { get; set; }
        public string? CalendarOf { get; set; }
        public Dictionary<string, string>? Fields { get; set; }
    }

    internal sealed class Leader
    {
        [JsonRequired] public string? Name { get; set; }
        public string? Honorific { get; set; }
    }

    internal sealed class Signature
    {
        public List<string>? AuthorityLines { get; set; }
        [JsonRequired] public string? SignerTitle { get; set; }
        [JsonRequired] public string? SignerName { get; set; }
    }

    internal sealed class Recipients
    {
        public List<RecipientLine>? Lines { get; set; }
        public List<string>? Archive { get; set; }
    }

    internal sealed class RecipientLine
    {
        [JsonRequired] public string? Name { get; set; }
        public string? Purpose { get; set; }
    }

    /// <summary>The import header file (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>), version 1.</summary>
    internal sealed class ImportHeader
    {
        [JsonRequired] public int HeaderVersion { get; set; }
        [JsonRequired] public Agency? Agency { get; set; }
        public int? Number { get; set; }
        public string? Symbol { get; set; }
        public string? PlaceName { get; set; }
        public LocalDate? IssueDate { get; set; }
        public YearMonth? Month { get; set; }
        [JsonRequired] public Signature? Signature { get; set; }
        public Recipients? Recipients { get; set; }
    }
}
