namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>The "Nơi nhận" block (ô số 9b): the label and its lines, each already in ND30 form.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class RecipientsView
{
    internal RecipientsView(IReadOnlyList<string> lines)
    {
        Lines = lines;
    }

    /// <summary>Gets the label, "Nơi nhận:" (<c>label</c>).</summary>
    public string Label { get; } = "Nơi nhận:";

    /// <summary>
    /// Gets the lines: "- UBND tỉnh;", "- Trưởng, Phó BCĐ … (để báo cáo);", and last the archive line "- Lưu: VT, VPĐP."
    /// (<c>lines</c>).
    /// </summary>
    public IReadOnlyList<string> Lines { get; }
}
