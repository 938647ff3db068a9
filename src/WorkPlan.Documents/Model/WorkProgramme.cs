using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// A work programme (chương trình công tác): the document an office issues for a month or a week, with its
/// header, focus tasks, day-by-day schedule, signature and recipients. The same content can be issued as a work
/// schedule (lịch công tác) or a notice of the schedule (thông báo): see <see cref="Kind"/>.
/// </summary>
/// <remarks>
/// Build one with <see cref="CreateBuilder(ProgrammePeriod)"/>, read one from JSON with
/// the JSON serializer, or import a hand-typed one. Construction checks every invariant
/// and all text is in Unicode NFC.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class WorkProgramme
{
    /// <summary>Creates a programme.</summary>
    /// <param name="agency">The issuing agency.</param>
    /// <param name="identity">The number, symbol, place and date.</param>
    /// <param name="period">The days covered.</param>
    /// <param name="schedule">The schedule; every day must fall within <paramref name="period"/>.</param>
    /// <param name="signature">The signature block.</param>
    /// <param name="focusTasks">The focus tasks; null for none.</param>
    /// <param name="recipients">The recipients; null for an empty block ("Lưu: VT.").</param>
    /// <param name="abstract">The abstract (trích yếu); null to derive it from the period.</param>
    /// <param name="assumed">Which header values were assumed rather than read from a source.</param>
    /// <exception cref="ArgumentNullException">A required part is null.</exception>
    /// <exception cref="ArgumentException">A schedule day lies outside the period, or the abstract is empty or holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">The programme holds more text than <see cref="ProgrammeLimits.MaxProgrammeTextLength"/>, or the abstract is too long.</exception>
    public WorkProgramme(
        IssuingAgency agency,
        DocumentIdentity identity,
        ProgrammePeriod period,
        ScheduleSection schedule,
        SignatureBlock signature,
        FocusTaskSection? focusTasks = null,
        RecipientList? recipients = null,
        string? @abstract = null,
        AssumedFields assumed = AssumedFields.None)
    {
        Agency = Preconditions.NotNull(agency, nameof(agency));
        Identity = Preconditions.NotNull(identity, nameof(identity));
        Period = Preconditions.NotNull(period, nameof(period));
        Schedule = Preconditions.NotNull(schedule, nameof(schedule));
        Signature = Preconditions.NotNull(signature, nameof(signature));
        FocusTasks = focusTasks ?? FocusTaskSection.Empty;
        Recipients = recipients ?? RecipientList.Empty;
        // A blank abstract is refused, not read as "none": the caller meant some text (null asks for the default one).
        CustomAbstract = @abstract is null ? null : LimitCheck.Text(Text.XmlSafeText.NormalizeRequired(@abstract, "abstract"), "abstract");
        Assumed = assumed;

        foreach (ScheduleDay day in schedule.Days)
        {
            if (!period.Contains(day.Date))
            {
                throw new ArgumentException(
                    $"schedule day {IsoDate.Format(day.Date)} lies outside the period {period}.",
                    nameof(schedule));
            }
        }

        LimitCheck.ProgrammeText(this);
    }

    private WorkProgramme(WorkProgramme source, DocumentKind kind, bool symbolFollowsKind)
    {
        Agency = source.Agency;
        Identity = source.Identity;
        DocumentIdentity identity = source.Identity;
        if (symbolFollowsKind && DocumentKindText.HasKindPrefix(source.Kind, identity.Symbol))
        {
            // The symbol's first part names the kind (CTr-VPĐP): it follows the kind (TB-VPĐP).
            string agencyPart = identity.Symbol.Substring(DocumentKindText.SymbolPrefix(source.Kind).Length + 1);
            Identity = new DocumentIdentity(identity.Number, DocumentKindText.SymbolPrefix(kind) + "-" + agencyPart, identity.PlaceName, identity.IssueDate);
        }

        Period = source.Period;
        Schedule = source.Schedule;
        Signature = source.Signature;
        FocusTasks = source.FocusTasks;
        Recipients = source.Recipients;
        CustomAbstract = source.CustomAbstract;
        Assumed = source.Assumed;
        Kind = kind;
    }

    /// <summary>
    /// Gets the kind of document it is issued as: a work programme ("CHƯƠNG TRÌNH", the default), a work schedule
    /// ("LỊCH CÔNG TÁC") or a notice of the schedule ("THÔNG BÁO"). The kind decides the title, the default trích
    /// yếu, the symbol the checker expects, the annex line and <see cref="SuggestedFileName"/>.
    /// </summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the issuing agency.</summary>
    public IssuingAgency Agency { get; }

    /// <summary>Gets the number, symbol, place and date.</summary>
    public DocumentIdentity Identity { get; }

    /// <summary>Gets the days covered.</summary>
    public ProgrammePeriod Period { get; }

    /// <summary>
    /// Gets a file name for the programme's documents, without extension, safe on every file system and in an HTTP
    /// download header: "chuong-trinh-cong-tac-thang-5-2021", "chuong-trinh-cong-tac-tuan-19-2021",
    /// "lich-cong-tac-tuan-19-2021", "thong-bao-lich-cong-tac-tuan-19-2021" (the kind, then
    /// <see cref="ProgrammePeriod.FileNamePart"/>). Never contains a slash, whatever the period.
    /// </summary>
    public string SuggestedFileName => DocumentKindText.FileNamePrefix(Kind) + Period.FileNamePart;

    /// <summary>
    /// Gets the abstract (trích yếu): the one given, or the one derived from the kind and the period: "Công tác
    /// tháng 5 năm 2021" (programme), "Tuần từ ngày 10/5 đến ngày 16/5/2021" (schedule), "Lịch công tác tuần từ ngày
    /// 10/5 đến ngày 16/5/2021" (notice).
    /// </summary>
    public string Abstract => CustomAbstract ?? DocumentKindText.DefaultAbstract(Kind, Period);

    /// <summary>Gets the abstract given at construction, or null when it is derived from the period.</summary>
    public string? CustomAbstract { get; }

    /// <summary>Gets the focus tasks (section 1).</summary>
    public FocusTaskSection FocusTasks { get; }

    /// <summary>Gets the schedule (section 2).</summary>
    public ScheduleSection Schedule { get; }

    /// <summary>
    /// Gets the schedule heading: the one given, or for a programme the one derived from the period ("Dự kiến lịch
    /// làm việc tháng 5/2021"). A schedule or notice has no heading of its own unless one is given or focus tasks come
    /// before it (its title already says what the table is): the empty string.
    /// </summary>
    public string ScheduleHeading =>
        Schedule.Heading ?? (Kind == DocumentKind.Programme || FocusTasks.Tasks.Count > 0 ? Period.DefaultScheduleHeading : string.Empty);

    /// <summary>Gets the signature block.</summary>
    public SignatureBlock Signature { get; }

    /// <summary>Gets the recipients block.</summary>
    public RecipientList Recipients { get; }

    /// <summary>Gets which header values were assumed rather than read from a source.</summary>
    public AssumedFields Assumed { get; }

    /// <summary>
    /// Returns this programme issued as another kind of document; the content is unchanged. A symbol whose first
    /// part names the current kind follows the new one: "CTr-VPĐP" becomes "TB-VPĐP" for a notice; any other symbol is
    /// kept as it is. The number, place and date are kept: give the new document its own with the builder or JSON.
    /// </summary>
    /// <param name="kind">The kind.</param>
    /// <returns>This programme when it already is of that kind; otherwise a copy of that kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public WorkProgramme WithKind(DocumentKind kind) =>
        DocumentKindText.Check(kind, nameof(kind)) == Kind ? this : new WorkProgramme(this, kind, symbolFollowsKind: true);

    /// <summary>Returns this programme as <paramref name="kind"/> with every value as it is, the symbol included (the JSON reader, the builder).</summary>
    internal WorkProgramme AsKind(DocumentKind kind) =>
        DocumentKindText.Check(kind, "kind") == Kind ? this : new WorkProgramme(this, kind, symbolFollowsKind: false);

    /// <summary>Starts a builder for a programme covering <paramref name="period"/>.</summary>
    /// <param name="period">The days covered.</param>
    /// <returns>A new builder.</returns>
    public static WorkProgrammeBuilder CreateBuilder(ProgrammePeriod period) => new(period);
}
