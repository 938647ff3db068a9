using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// A work programme (chương trình công tác): the document an office issues for a month or a week, with its
/// header, focus tasks, day-by-day schedule, signature and recipients.
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
        CustomAbstract = LimitCheck.Text(Text.XmlSafeText.NormalizeOptional(@abstract, "abstract"), "abstract");
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

    /// <summary>Gets the issuing agency.</summary>
    public IssuingAgency Agency { get; }

    /// <summary>Gets the number, symbol, place and date.</summary>
    public DocumentIdentity Identity { get; }

    /// <summary>Gets the days covered.</summary>
    public ProgrammePeriod Period { get; }

    /// <summary>
    /// Gets a file name for the programme's documents, without extension, safe on every file system and in an HTTP
    /// download header: "chuong-trinh-cong-tac-thang-5-2021", "chuong-trinh-cong-tac-tuan-19-2021"
    /// (<see cref="ProgrammePeriod.FileNamePart"/>). Never contains a slash, whatever the period.
    /// </summary>
    public string SuggestedFileName => "chuong-trinh-cong-tac-" + Period.FileNamePart;

    /// <summary>Gets the abstract (trích yếu): the one given, or the one derived from the period.</summary>
    public string Abstract => CustomAbstract ?? Period.DefaultAbstract;

    /// <summary>Gets the abstract given at construction, or null when it is derived from the period.</summary>
    public string? CustomAbstract { get; }

    /// <summary>Gets the focus tasks (section 1).</summary>
    public FocusTaskSection FocusTasks { get; }

    /// <summary>Gets the schedule (section 2).</summary>
    public ScheduleSection Schedule { get; }

    /// <summary>Gets the schedule heading: the one given, or the one derived from the period.</summary>
    public string ScheduleHeading => Schedule.Heading ?? Period.DefaultScheduleHeading;

    /// <summary>Gets the signature block.</summary>
    public SignatureBlock Signature { get; }

    /// <summary>Gets the recipients block.</summary>
    public RecipientList Recipients { get; }

    /// <summary>Gets which header values were assumed rather than read from a source.</summary>
    public AssumedFields Assumed { get; }

    /// <summary>Starts a builder for a programme covering <paramref name="period"/>.</summary>
    /// <param name="period">The days covered.</param>
    /// <returns>A new builder.</returns>
    public static WorkProgrammeBuilder CreateBuilder(ProgrammePeriod period) => new(period);
}
