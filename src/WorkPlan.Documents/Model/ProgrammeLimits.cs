namespace WorkPlan.Documents.Model;

/// <summary>
/// The largest programme the model accepts: how many days, entries, lines and characters. Each limit is far above any
/// real programme (the seed month has 89 entries, at most 7 a day, 12,287 characters of text and no field longer than
/// 210 characters) and keeps every render inside the template and markup limits; <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md">docs/limits.md</see> lists them with the
/// time and memory the largest allowed programme takes.
/// </summary>
/// <remarks>
/// The limits are checked when the model is built — by the constructors, so the builder, the JSON reader, the importer
/// and code that constructs the model all meet them — and a value past one is a
/// <see cref="ProgrammeLimitException"/> naming the limit (<see cref="ProgrammeLimitException.LimitName"/> is the name
/// of the constant here) and the field.
/// </remarks>
/// <threadsafety>Constants only; thread-safe.</threadsafety>
public static class ProgrammeLimits
{
    /// <summary>The most days a programme covers: 366, a leap year (checked by <see cref="ProgrammePeriod.ForInterval"/>).</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The most entries one day holds, all sessions together: 1,000 (the seed's busiest day has 7). A day is one table
    /// row group, so this also bounds its row span, far below the markup's 100,000.
    /// </summary>
    public const int MaxEntriesPerDay = 1_000;

    /// <summary>The most entries a programme holds: 10,000, over 100 times the seed month's 89.</summary>
    public const int MaxEntriesPerProgramme = 10_000;

    /// <summary>
    /// The most characters in one text field (a content, a name, a line, a focus task…), counted in UTF-16 code units
    /// after normalisation: 10,000, about three printed pages, fifty times the seed's longest field.
    /// </summary>
    public const int MaxTextLength = 10_000;

    /// <summary>
    /// The most characters of text in a whole programme, every field together: 4,000,000, over 300 times the seed
    /// month's 12,287. It bounds what a render holds in memory whatever the other limits allow.
    /// </summary>
    public const int MaxProgrammeTextLength = 4_000_000;

    /// <summary>The most people named on one entry (lãnh đạo chủ trì, hoặc tham dự): 50 (the seed names at most 4).</summary>
    public const int MaxLeadersPerEntry = 50;

    /// <summary>The most extra named fields on one entry (<see cref="ScheduleEntry.Fields"/>): 50.</summary>
    public const int MaxFieldsPerEntry = 50;

    /// <summary>The most focus tasks (section 1): 1,000 (the seed has 13).</summary>
    public const int MaxFocusTasks = 1_000;

    /// <summary>The most recipient lines in the "Nơi nhận" block: 1,000 (the seed has 5).</summary>
    public const int MaxRecipients = 1_000;

    /// <summary>
    /// The most lines of one header or signature block (the agency's parent and name lines, the signature's authority
    /// lines) and the most holders on the "Lưu:" line: 100 (real programmes have one to three).
    /// </summary>
    public const int MaxLines = 100;
}
