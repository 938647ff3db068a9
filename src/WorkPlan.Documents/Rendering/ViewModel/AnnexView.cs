namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>
/// The heading texts of the annex (Phụ lục, Nghị định 30 Phụ lục I §III.1) that holds the schedule when it is placed
/// there: the label, the title in capitals and the "(Kèm theo …)" line.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class AnnexView
{
    internal AnnexView(string title, string referenceLine)
    {
        Title = title;
        ReferenceLine = referenceLine;
    }

    /// <summary>Gets the label, "Phụ lục" (a single annex takes no numeral) (<c>label</c>).</summary>
    public string Label { get; } = "Phụ lục";

    /// <summary>Gets the annex title in capitals, "DỰ KIẾN LỊCH LÀM VIỆC THÁNG 5/2021" (<c>title</c>).</summary>
    public string Title { get; }

    /// <summary>
    /// Gets the line tying the annex to the programme, "(Kèm theo Chương trình số 05/CTr-VPĐP ngày 07 tháng 5 năm 2021)";
    /// a draft keeps the blank number, whose spaces must be preserved (<c>reference_line</c>).
    /// </summary>
    public string ReferenceLine { get; }
}
