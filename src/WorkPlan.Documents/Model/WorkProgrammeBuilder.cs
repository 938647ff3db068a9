using NodaTime;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// Builds a <see cref="WorkProgramme"/> step by step; <see cref="Build"/> fills every day of the period with its
/// status from the day classifier and checks every invariant.
/// </summary>
/// <example>
/// <code>
/// var programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForMonth(new YearMonth(2021, 5)))
///     .WithAgency(new IssuingAgency(["BCĐ CÁC CTMTQG TỈNH HÀ TĨNH"], ["VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"], "VPĐP"))
///     .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
///     .AddFocusTask("Chuẩn bị các nội dung kiểm toán Chương trình NTM năm 2021.")
///     .Day(4, day => day.Morning(s => s.Add("Giao ban Lãnh đạo Văn phòng", "Phòng HCTHTT", "Oánh", "Long")))
///     .WithSignature(new SignatureBlock(["KT. CHÁNH VĂN PHÒNG"], "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn A"))
///     .Build();
/// </code>
/// </example>
/// <threadsafety>Not thread-safe: use a builder from one thread. The programme it builds is immutable.</threadsafety>
public sealed class WorkProgrammeBuilder
{
    private readonly SortedDictionary<LocalDate, DayBuilder> days = new();
    private readonly List<string> focusTasks = [];
    private readonly List<Recipient> recipients = [];
    private readonly List<string> archive = [];
    private IssuingAgency? agency;
    private DocumentIdentity? identity;
    private SignatureBlock? signature;
    private string? @abstract;
    private string? focusHeading;
    private string? scheduleHeading;
    private IDayClassifier classifier = WeekendDayClassifier.Instance;
    private AssumedFields assumed;
    private bool includeEmptyDays = true;
    private DocumentKind kind;

    internal WorkProgrammeBuilder(ProgrammePeriod period)
    {
        Period = period ?? throw new ArgumentNullException(nameof(period));
    }

    /// <summary>Gets the period being built.</summary>
    public ProgrammePeriod Period { get; }

    /// <summary>Sets the issuing agency.</summary>
    /// <param name="value">The agency.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithAgency(IssuingAgency value)
    {
        agency = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>
    /// Sets the kind of document to issue: <see cref="DocumentKind.Programme"/> (the default),
    /// <see cref="DocumentKind.Schedule"/> or <see cref="DocumentKind.Notice"/>.
    /// </summary>
    /// <param name="value">The kind.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not defined.</exception>
    public WorkProgrammeBuilder WithKind(DocumentKind value)
    {
        kind = DocumentKindText.Check(value, "kind");
        return this;
    }

    /// <summary>Sets the number, symbol, place and date.</summary>
    /// <param name="value">The identity.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithIdentity(DocumentIdentity value)
    {
        identity = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the signature block.</summary>
    /// <param name="value">The signature block.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithSignature(SignatureBlock value)
    {
        signature = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the abstract (trích yếu) instead of deriving it from the period.</summary>
    /// <param name="value">The abstract, e.g. "Công tác tháng 5 năm 2021".</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithAbstract(string value)
    {
        @abstract = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the heading of the focus-task section (without number and colon).</summary>
    /// <param name="value">The heading.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithFocusTasksHeading(string value)
    {
        focusHeading = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the heading of the schedule section (without number and colon).</summary>
    /// <param name="value">The heading.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithScheduleHeading(string value)
    {
        scheduleHeading = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Adds a focus task (section 1).</summary>
    /// <param name="task">The task.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder AddFocusTask(string task)
    {
        focusTasks.Add(task ?? throw new ArgumentNullException(nameof(task)));
        return this;
    }

    /// <summary>Adds a recipient line to the "Nơi nhận" block.</summary>
    /// <param name="name">Who receives the document.</param>
    /// <param name="purpose">Why, e.g. "để báo cáo"; null for none.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder AddRecipient(string name, string? purpose = null)
    {
        recipients.Add(new Recipient(name, purpose));
        return this;
    }

    /// <summary>Sets who keeps copies ("Lưu: VT, …").</summary>
    /// <param name="holders">The holders, e.g. "VT", "VPĐP".</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithArchive(params string[] holders)
    {
        archive.Clear();
        archive.AddRange(holders ?? throw new ArgumentNullException(nameof(holders)));
        return this;
    }

    /// <summary>Sets what decides each day's status; the default knows only weekends.</summary>
    /// <param name="value">The classifier, e.g. the Vietnamese holiday calendar.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder WithDayClassifier(IDayClassifier value)
    {
        classifier = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Records header values as assumed rather than read from a source.</summary>
    /// <param name="fields">The assumed values.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder MarkAssumed(AssumedFields fields)
    {
        assumed |= fields;
        return this;
    }

    /// <summary>Sets whether <see cref="Build"/> adds the days no <see cref="Day(LocalDate, Action{DayBuilder})"/> call named (default true).</summary>
    /// <param name="value">True to list every day of the period.</param>
    /// <returns>This builder.</returns>
    public WorkProgrammeBuilder IncludeEmptyDays(bool value)
    {
        includeEmptyDays = value;
        return this;
    }

    /// <summary>Configures a day of the period; calling it again for the same date adds to the same day.</summary>
    /// <param name="date">The date, within the period.</param>
    /// <param name="configure">Sets the day's status and sessions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> lies outside the period.</exception>
    /// <exception cref="ProgrammeLimitException">An entry added is larger than <see cref="ProgrammeLimits"/> allows; the message names the day.</exception>
    public WorkProgrammeBuilder Day(LocalDate date, Action<DayBuilder> configure)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        if (!Period.Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"day {IsoDate.Format(date)} lies outside the period {Period}.");
        }

        if (!days.TryGetValue(date, out DayBuilder? day))
        {
            day = new DayBuilder(date);
            days.Add(date, day);
        }

        try
        {
            configure(day);
        }
        catch (ProgrammeLimitException ex)
        {
            // Keeps its type: callers catch it to tell "too large" from "wrong".
            throw ex.WithContext($"day {IsoDate.Format(date)}: ");
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"day {IsoDate.Format(date)}: {ArgumentMessage.Of(ex)}", ex.ParamName, ex);
        }

        return this;
    }

    /// <summary>
    /// Configures the day of the period whose day of the month is <paramref name="dayOfMonth"/>: in a month, that day;
    /// in a week that spans two months (28/6–4/7/2021), the one date of the week with that number (2 → 2/7/2021).
    /// </summary>
    /// <param name="dayOfMonth">The day of the month of one date of the period.</param>
    /// <param name="configure">Sets the day's status and sessions.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No date of the period has that day of the month.</exception>
    /// <exception cref="ArgumentException">Two dates of the period have it (an interval longer than a month): pass the date.</exception>
    public WorkProgrammeBuilder Day(int dayOfMonth, Action<DayBuilder> configure)
    {
        LocalDate? found = null;
        foreach (LocalDate date in Period.Dates)
        {
            if (date.Day != dayOfMonth)
            {
                continue;
            }

            if (found is { } first)
            {
                throw new ArgumentException(
                    $"day {dayOfMonth} is ambiguous in the period {Describe(Period)}: both {IsoDate.Format(first)} and {IsoDate.Format(date)}; pass the date instead.",
                    nameof(dayOfMonth));
            }

            found = date;
        }

        if (found is null)
        {
            throw new ArgumentOutOfRangeException(nameof(dayOfMonth), dayOfMonth, $"no day of the period {Describe(Period)} is day {dayOfMonth} of its month.");
        }

        return Day(found.Value, configure);
    }

    private static string Describe(ProgrammePeriod period) => IsoDate.Format(period.Start) + " – " + IsoDate.Format(period.End);

    /// <summary>Builds the programme.</summary>
    /// <returns>The programme.</returns>
    /// <exception cref="InvalidOperationException">The agency, identity or signature was not set.</exception>
    /// <exception cref="ArgumentException">A value breaks an invariant; the message names the day and field.</exception>
    /// <exception cref="ProgrammeLimitException">The programme is larger than <see cref="ProgrammeLimits"/> allows (a day with too many entries, too much text…).</exception>
    public WorkProgramme Build()
    {
        if (agency is null || identity is null || signature is null)
        {
            string missing = string.Join(", ", new[]
            {
                agency is null ? nameof(WithAgency) : null,
                identity is null ? nameof(WithIdentity) : null,
                signature is null ? nameof(WithSignature) : null,
            }.Where(s => s is not null));
            throw new InvalidOperationException($"The programme is incomplete: call {missing} before Build.");
        }

        var scheduleDays = new List<ScheduleDay>();
        IEnumerable<LocalDate> dates = includeEmptyDays ? Period.Dates : days.Keys;
        foreach (LocalDate date in dates)
        {
            scheduleDays.Add(days.TryGetValue(date, out DayBuilder? day)
                ? day.Build(classifier)
                : new DayBuilder(date).Build(classifier));
        }

        return new WorkProgramme(
            agency,
            identity,
            Period,
            new ScheduleSection(scheduleDays, scheduleHeading),
            signature,
            new FocusTaskSection(focusTasks, focusHeading),
            new RecipientList(recipients, archive),
            @abstract,
            assumed).AsKind(kind);
    }
}
