namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// What a template sees (the template authors' API, version <see cref="CurrentVersion"/>): every text of the
/// programme pre-formatted to Nghị định 30 — number line, place-date line, weekday in the chosen form, day rows
/// grouped per day, session labels, entry content with its canonical annotations, leaders joined — so templates
/// only arrange it. In templates each member is reached by its snake_case name, e.g. <c>header.number_line</c>.
/// </summary>
/// <remarks>
/// <para>
/// Versioning: within version 1 members are only added, never renamed or removed; a breaking change raises
/// <see cref="CurrentVersion"/> (templates can read it as <c>version</c>). <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see> lists every member.
/// </para>
/// <para>Texts that are absent are null (test them with <c>if</c>); lists are never null.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ProgrammeViewModel
{
    /// <summary>The version of the view model described here.</summary>
    public const int CurrentVersion = 1;

    internal ProgrammeViewModel(
        string title,
        HeaderView header,
        string documentKind,
        string documentType,
        string @abstract,
        FocusTasksView focusTasks,
        ScheduleView schedule,
        AnnexView annex,
        SignatureView signature,
        RecipientsView recipients)
    {
        Title = title;
        Header = header;
        DocumentKind = documentKind;
        DocumentType = documentType;
        Abstract = @abstract;
        FocusTasks = focusTasks;
        Schedule = schedule;
        Annex = annex;
        Signature = signature;
        Recipients = recipients;
    }

    /// <summary>Gets the view model version, <see cref="CurrentVersion"/> (<c>version</c>).</summary>
    public int Version { get; } = CurrentVersion;

    /// <summary>Gets the language tag of the document, "vi" (<c>lang</c>).</summary>
    public string Language { get; } = "vi";

    /// <summary>
    /// Gets the document title for metadata, e.g. "Chương trình công tác tháng 5 năm 2021", "Thông báo lịch công tác
    /// tuần từ ngày 10/5 đến ngày 16/5/2021" (<c>title</c>).
    /// </summary>
    public string Title { get; }

    /// <summary>Gets the header block: agency, quốc hiệu, tiêu ngữ, number, place and date (<c>header</c>).</summary>
    public HeaderView Header { get; }

    /// <summary>
    /// Gets the kind of document, "programme" (chương trình), "schedule" (lịch công tác) or "notice" (thông báo lịch
    /// công tác) (<c>document_kind</c>), for templates that lay the kinds out differently.
    /// </summary>
    public string DocumentKind { get; }

    /// <summary>Gets the document type (tên loại), "CHƯƠNG TRÌNH", "LỊCH CÔNG TÁC" or "THÔNG BÁO" (<c>document_type</c>).</summary>
    public string DocumentType { get; }

    /// <summary>Gets the abstract (trích yếu), e.g. "Công tác tháng 5 năm 2021" (<c>abstract</c>).</summary>
    public string Abstract { get; }

    /// <summary>Gets section 1, the focus tasks (<c>focus_tasks</c>).</summary>
    public FocusTasksView FocusTasks { get; }

    /// <summary>Gets section 2, the schedule (<c>schedule</c>).</summary>
    public ScheduleView Schedule { get; }

    /// <summary>Gets the annex texts, used when the schedule is placed in an annex (<c>annex</c>).</summary>
    public AnnexView Annex { get; }

    /// <summary>Gets the signature block (<c>signature</c>).</summary>
    public SignatureView Signature { get; }

    /// <summary>Gets the "Nơi nhận" block (<c>recipients</c>).</summary>
    public RecipientsView Recipients { get; }
}
