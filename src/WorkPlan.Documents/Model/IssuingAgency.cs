using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Model;

/// <summary>
/// The issuing agency (cơ quan, tổ chức ban hành văn bản, ô số 2 of ND30): the parent agency's name
/// (cơ quan chủ quản) above the agency's own name, each possibly on several lines.
/// </summary>
/// <example>
/// Parent "BCĐ CÁC CTMTQG TỈNH HÀ TĨNH", name "VĂN PHÒNG ĐIỀU PHỐI" / "NÔNG THÔN MỚI", abbreviation "VPĐP".
/// </example>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class IssuingAgency
{
    /// <summary>Creates an issuing agency.</summary>
    /// <param name="parentLines">The parent agency's name (tên cơ quan chủ quản), line by line; may be empty.</param>
    /// <param name="nameLines">The agency's own name (tên cơ quan ban hành), line by line; at least one line.</param>
    /// <param name="abbreviation">The abbreviation used in the document symbol, e.g. "VPĐP" in "CTr-VPĐP".</param>
    /// <exception cref="ArgumentException">A line is empty or holds characters XML cannot carry, or there is no name line, or the abbreviation is empty.</exception>
    /// <exception cref="ProgrammeLimitException">There are more lines than <see cref="ProgrammeLimits.MaxLines"/>, or a text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public IssuingAgency(IEnumerable<string> parentLines, IEnumerable<string> nameLines, string abbreviation)
    {
        ParentLines = LimitCheck.Lines(
            XmlSafeText.NormalizeLines(parentLines, "agency.parentLines", required: false), "agency.parentLines", ProgrammeLimits.MaxLines, nameof(ProgrammeLimits.MaxLines));
        NameLines = LimitCheck.Lines(
            XmlSafeText.NormalizeLines(nameLines, "agency.nameLines", required: true), "agency.nameLines", ProgrammeLimits.MaxLines, nameof(ProgrammeLimits.MaxLines));
        Abbreviation = LimitCheck.Text(Text.XmlSafeText.NormalizeRequired(abbreviation, "agency.abbreviation"), "agency.abbreviation");
    }

    /// <summary>Gets the parent agency's name (cơ quan chủ quản), line by line; empty when there is none.</summary>
    public IReadOnlyList<string> ParentLines { get; }

    /// <summary>Gets the issuing agency's name, line by line; never empty.</summary>
    public IReadOnlyList<string> NameLines { get; }

    /// <summary>Gets the abbreviation used in the document symbol (chữ viết tắt tên cơ quan).</summary>
    public string Abbreviation { get; }
}
