using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>The small text rules of the view model, in one place.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ViewText
{
    /// <summary>The label of a holiday row, as the seed writes it.</summary>
    public const string HolidayLabel = "Nghỉ lễ";

    /// <summary>"1. Heading:", or "Heading:" without a number.</summary>
    public static string NumberedHeading(string number, string heading) =>
        (number.Length == 0 ? string.Empty : number + ". ") + heading + ":";

    /// <summary>The session label: "Buổi sáng:", "Buổi chiều:", "Buổi tối:", "Cả ngày:".</summary>
    public static string SessionLabel(SessionKind kind) => kind switch
    {
        SessionKind.AllDay => "Cả ngày:",
        SessionKind.Morning => "Buổi sáng:",
        SessionKind.Afternoon => "Buổi chiều:",
        SessionKind.Evening => "Buổi tối:",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown session."),
    };

    /// <summary>The session's name for templates: "all_day", "morning", "afternoon", "evening".</summary>
    public static string SessionName(SessionKind kind) => kind switch
    {
        SessionKind.AllDay => "all_day",
        SessionKind.Morning => "morning",
        SessionKind.Afternoon => "afternoon",
        SessionKind.Evening => "evening",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown session."),
    };

    /// <summary>The day status for templates: "working_day", "weekend", "holiday", "make_up_working_day".</summary>
    public static string StatusName(DayStatus status) => status switch
    {
        DayStatus.WorkingDay => "working_day",
        DayStatus.Weekend => "weekend",
        DayStatus.Holiday => "holiday",
        DayStatus.MakeUpWorkingDay => "make_up_working_day",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown day status."),
    };

    /// <summary>A time as administrative documents write it: "8 giờ 30", "14 giờ".</summary>
    public static string Time(LocalTime time)
    {
        string hour = time.Hour.ToString(CultureInfo.InvariantCulture) + " giờ";
        return time.Minute == 0 ? hour : hour + " " + time.Minute.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The content cell: "8 giờ 30: " + the work + " (cả ngày)" + " (Lịch UBND tỉnh)". "(cả ngày)" is left out under
    /// the all-day session, whose label already says it; the time is left out when <paramref name="withTime"/> is
    /// false (a THỜI GIAN column of its own prints it).
    /// </summary>
    public static string Content(ScheduleEntry entry, SessionKind session, bool withTime = true)
    {
        string text = withTime && entry.StartTime is LocalTime time ? Time(time) + ": " + entry.Content : entry.Content;
        if (entry.IsAllDay && session != SessionKind.AllDay)
        {
            text += " (cả ngày)";
        }

        if (entry.CalendarOf is not null)
        {
            text += " (Lịch " + entry.CalendarOf + ")";
        }

        return text;
    }

    /// <summary>A recipient line: "- UBND tỉnh;" or "- Trưởng, Phó BCĐ (để báo cáo);".</summary>
    public static string RecipientLine(Recipient recipient) =>
        "- " + recipient.Name + (recipient.Purpose is null ? string.Empty : " (" + recipient.Purpose + ")") + ";";

}
