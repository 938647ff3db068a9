using NodaTime;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// One row of the schedule: the work (nội dung công việc), who prepares it (chủ trì chuẩn bị) and who presides
/// or attends (lãnh đạo chủ trì, hoặc tham dự).
/// </summary>
/// <remarks>
/// The content is stored without the annotations that hand-typed programmes append to it — "(cả ngày)",
/// "(Lịch UBND tỉnh)" — which live in <see cref="IsAllDay"/> and <see cref="CalendarOf"/>; rendering writes
/// them back in one canonical form.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ScheduleEntry
{
    private static readonly IReadOnlyDictionary<string, string> NoFields =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>());

    /// <summary>Creates an entry.</summary>
    /// <param name="content">The work to be done; not empty.</param>
    /// <param name="preparingUnit">The unit that prepares it (chủ trì chuẩn bị), e.g. "Phòng OCOP"; null when none is named.</param>
    /// <param name="leaders">The people presiding or attending, in the order written.</param>
    /// <param name="startTime">The start time when one is set, e.g. 08:00.</param>
    /// <param name="location">Where it takes place (địa điểm), when given.</param>
    /// <param name="isAllDay">Whether it lasts the whole day ("(cả ngày)").</param>
    /// <param name="calendarOf">Whose calendar the event belongs to, e.g. "UBND tỉnh" for "(Lịch UBND tỉnh)".</param>
    /// <param name="fields">Extra named fields a template may show as columns, e.g. "Ghi chú".</param>
    /// <exception cref="ArgumentException">The content is empty, a text holds characters XML cannot carry, a leader is null, or a field name is empty.</exception>
    /// <exception cref="ProgrammeLimitException">A text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>, or there are more leaders or fields than <see cref="ProgrammeLimits"/> allows.</exception>
    public ScheduleEntry(
        string content,
        string? preparingUnit = null,
        IEnumerable<Person>? leaders = null,
        LocalTime? startTime = null,
        string? location = null,
        bool isAllDay = false,
        string? calendarOf = null,
        IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        Content = LimitCheck.Text(XmlSafeText.NormalizeRequired(content, "entry.content"), "entry.content");
        PreparingUnit = LimitCheck.Text(XmlSafeText.NormalizeOptional(preparingUnit, "entry.preparingUnit"), "entry.preparingUnit");
        Leaders = Preconditions.Items(leaders, "entry.leaders");
        LimitCheck.Count(Leaders.Count, ProgrammeLimits.MaxLeadersPerEntry, nameof(ProgrammeLimits.MaxLeadersPerEntry), "entry.leaders", "entry.leaders", "people");
        StartTime = startTime;
        Location = LimitCheck.Text(XmlSafeText.NormalizeOptional(location, "entry.location"), "entry.location");
        IsAllDay = isAllDay;
        CalendarOf = LimitCheck.Text(XmlSafeText.NormalizeOptional(calendarOf, "entry.calendarOf"), "entry.calendarOf");
        Fields = CheckFields(fields);
    }

    /// <summary>Gets the work to be done, without annotations.</summary>
    public string Content { get; }

    /// <summary>Gets the unit that prepares the work (chủ trì chuẩn bị), or null.</summary>
    public string? PreparingUnit { get; }

    /// <summary>Gets the people presiding or attending, in the order written.</summary>
    public IReadOnlyList<Person> Leaders { get; }

    /// <summary>Gets the start time, or null.</summary>
    public LocalTime? StartTime { get; }

    /// <summary>Gets the location (địa điểm), or null.</summary>
    public string? Location { get; }

    /// <summary>Gets a value indicating whether the work lasts the whole day ("(cả ngày)").</summary>
    public bool IsAllDay { get; }

    /// <summary>Gets whose calendar the event belongs to, e.g. "UBND tỉnh" or "Tỉnh ủy"; null when it is the office's own.</summary>
    public string? CalendarOf { get; }

    /// <summary>Gets the extra named fields, ordered by name (ordinal).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    private static IReadOnlyDictionary<string, string> CheckFields(IEnumerable<KeyValuePair<string, string>>? fields)
    {
        if (fields is null)
        {
            return NoFields;
        }

        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in fields)
        {
            string name = LimitCheck.Text(XmlSafeText.NormalizeRequired(pair.Key, "entry.fields (name)"), "entry.fields (name)");
            string value = LimitCheck.Text(XmlSafeText.Normalize(pair.Value, $"entry.fields[\"{name}\"]").Trim(), $"entry.fields[\"{name}\"]");
            if (sorted.ContainsKey(name))
            {
                throw new ArgumentException($"entry.fields names \"{name}\" twice.", "entry.fields");
            }

            sorted.Add(name, value);
            LimitCheck.Count(sorted.Count, ProgrammeLimits.MaxFieldsPerEntry, nameof(ProgrammeLimits.MaxFieldsPerEntry), "entry.fields", "entry.fields", "fields");
        }

        return sorted.Count == 0 ? NoFields : new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(sorted);
    }
}
