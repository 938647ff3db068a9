using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// The names the JSON format (schema version 2, work-programme.v2.schema.json) gives the model's enumerations: the
/// one place they are spelled, for reading, writing and pointing into a document (<see cref="WorkProgrammeJson.PathOf"/>).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal static class JsonNames
{
    /// <summary>Document kinds (<c>"kind"</c>, schema version 2).</summary>
    internal static readonly JsonNameTable<DocumentKind> Kind = new(
        (DocumentKind.Programme, "programme"),
        (DocumentKind.Schedule, "schedule"),
        (DocumentKind.Notice, "notice"));

    /// <summary>Day statuses (<c>"status"</c>).</summary>
    internal static readonly JsonNameTable<DayStatus> Status = new(
        (DayStatus.WorkingDay, "workingDay"),
        (DayStatus.Weekend, "weekend"),
        (DayStatus.Holiday, "holiday"),
        (DayStatus.MakeUpWorkingDay, "makeUpWorkingDay"));

    /// <summary>Session kinds (buổi, <c>"kind"</c>).</summary>
    internal static readonly JsonNameTable<SessionKind> Session = new(
        (SessionKind.AllDay, "allDay"),
        (SessionKind.Morning, "morning"),
        (SessionKind.Afternoon, "afternoon"),
        (SessionKind.Evening, "evening"));

    /// <summary>Weekdays (thứ, <c>"writtenWeekday"</c>).</summary>
    internal static readonly JsonNameTable<IsoDayOfWeek> Weekday = new(
        (IsoDayOfWeek.Monday, "monday"),
        (IsoDayOfWeek.Tuesday, "tuesday"),
        (IsoDayOfWeek.Wednesday, "wednesday"),
        (IsoDayOfWeek.Thursday, "thursday"),
        (IsoDayOfWeek.Friday, "friday"),
        (IsoDayOfWeek.Saturday, "saturday"),
        (IsoDayOfWeek.Sunday, "sunday"));

    /// <summary>Assumed header values (<c>"assumed"</c>), one flag each, in the order they are written.</summary>
    internal static readonly JsonNameTable<AssumedFields> Assumed = new(
        (AssumedFields.Agency, "agency"),
        (AssumedFields.Number, "number"),
        (AssumedFields.Symbol, "symbol"),
        (AssumedFields.PlaceName, "placeName"),
        (AssumedFields.IssueDate, "issueDate"),
        (AssumedFields.Signature, "signature"),
        (AssumedFields.Recipients, "recipients"));
}
