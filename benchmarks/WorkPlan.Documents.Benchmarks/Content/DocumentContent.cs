using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Benchmarks.Content;

/// <summary>
/// Every text of the rendered programme, in document order, computed from the model by hand: what the floor and the
/// peer write. It follows the default template set's rules (docs/templates.md): the same strings the pipeline's
/// view model and templates produce, with the default columns (day, content, preparing unit, leaders) and weekdays in
/// words, so the three writers put the same words on the page.
/// </summary>
/// <remarks>
/// Written by hand rather than taken from the pipeline's view model on purpose: the floor must not pay for the
/// pipeline's general machinery, and the peer is what a developer would write without this library.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocumentContent
{
    private DocumentContent(WorkProgramme programme)
    {
        Programme = programme;
        bool hasFocus = programme.FocusTasks.Tasks.Count > 0;
        FocusHeadingLine = hasFocus ? "1. " + programme.FocusTasks.Heading + ":" : null;
        ScheduleHeadingLine = (hasFocus ? "2. " : string.Empty) + programme.ScheduleHeading + ":";
        Days = programme.Schedule.Days.Select(DayContent.From).ToList();
        var recipients = new List<string>(programme.Recipients.Recipients.Count + 1);
        foreach (Recipient recipient in programme.Recipients.Recipients)
        {
            recipients.Add("- " + recipient.Name + (recipient.Purpose is null ? string.Empty : " (" + recipient.Purpose + ")") + ";");
        }

        recipients.Add("- " + programme.Recipients.ArchiveLine);
        RecipientLines = recipients;
    }

    /// <summary>The national name (quốc hiệu).</summary>
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto (tiêu ngữ).</summary>
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The document type (tên loại).</summary>
    public const string DocumentType = "CHƯƠNG TRÌNH";

    /// <summary>The label of the recipients block.</summary>
    public const string RecipientsLabel = "Nơi nhận:";

    /// <summary>The schedule's column headings.</summary>
    public static IReadOnlyList<string> ColumnHeadings { get; } =
        ["NGÀY/ THỨ", "NỘI DUNG CÔNG VIỆC", "CHỦ TRÌ CHUẨN BỊ", "LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ"];

    /// <summary>Gets the programme.</summary>
    public WorkProgramme Programme { get; }

    /// <summary>Gets "1. Các công việc cần tập trung cao:", or null without focus tasks.</summary>
    public string? FocusHeadingLine { get; }

    /// <summary>Gets "2. Dự kiến lịch làm việc tháng 5/2021:".</summary>
    public string ScheduleHeadingLine { get; }

    /// <summary>Gets the days of the schedule table.</summary>
    public IReadOnlyList<DayContent> Days { get; }

    /// <summary>Gets the recipient lines, "- UBND tỉnh;", the last the archive line.</summary>
    public IReadOnlyList<string> RecipientLines { get; }

    /// <summary>Computes the texts of a programme.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>Its texts.</returns>
    public static DocumentContent From(WorkProgramme programme) => new(programme ?? throw new ArgumentNullException(nameof(programme)));

    /// <summary>The focus task item's text after its "-" marker.</summary>
    /// <param name="task">The task.</param>
    /// <returns>"- " + the task.</returns>
    public static string FocusItem(string task) => "- " + task;
}
