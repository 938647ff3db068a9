using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Benchmarks.Content;

/// <summary>One day of the schedule table: the day cell's two lines and the rows it spans.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DayContent
{
    private DayContent(string shortDate, string weekday, IReadOnlyList<RowContent> rows)
    {
        ShortDate = shortDate;
        Weekday = weekday;
        Rows = rows;
    }

    /// <summary>Gets "01/5".</summary>
    public string ShortDate { get; }

    /// <summary>Gets "Thứ Bảy".</summary>
    public string Weekday { get; }

    /// <summary>Gets the rows; at least one.</summary>
    public IReadOnlyList<RowContent> Rows { get; }

    /// <summary>Computes a day's texts.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Its texts.</returns>
    public static DayContent From(ScheduleDay day)
    {
        var rows = new List<RowContent>();
        foreach (ScheduleSession session in day.Sessions)
        {
            if (session.Entries.Count == 0)
            {
                continue;
            }

            rows.Add(RowContent.Session(SessionLabel(session.Kind)));
            foreach (ScheduleEntry entry in session.Entries)
            {
                rows.Add(RowContent.Entry(
                    Content(entry, session.Kind),
                    entry.PreparingUnit ?? string.Empty,
                    string.Join(", ", entry.Leaders.Select(p => p.DisplayName))));
            }
        }

        if (rows.Count == 0)
        {
            rows.Add(day.Status == DayStatus.Holiday ? RowContent.Holiday("Nghỉ lễ") : RowContent.Empty);
        }

        return new DayContent(
            Nd30DateFormat.ShortDate(day.Date, includeYear: false),
            VietnameseWeekday.Format(day.Date, WeekdayForm.Words),
            rows);
    }

    private static string SessionLabel(SessionKind kind) => kind switch
    {
        SessionKind.AllDay => "Cả ngày:",
        SessionKind.Morning => "Buổi sáng:",
        SessionKind.Afternoon => "Buổi chiều:",
        _ => "Buổi tối:",
    };

    private static string Content(ScheduleEntry entry, SessionKind session)
    {
        string text = entry.Content;
        if (entry.StartTime is LocalTime time)
        {
            string hour = time.Hour.ToString(CultureInfo.InvariantCulture) + " giờ";
            text = (time.Minute == 0 ? hour : hour + " " + time.Minute.ToString("00", CultureInfo.InvariantCulture)) + ": " + text;
        }

        if (entry.IsAllDay && session != SessionKind.AllDay)
        {
            text += " (cả ngày)";
        }

        return entry.CalendarOf is null ? text : text + " (Lịch " + entry.CalendarOf + ")";
    }
}
