using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// The header used when no <c>--header</c> file is given: the blanks of Nghị định 30's own form (Phụ lục III,
/// Mẫu 1.4) — "TÊN CƠ QUAN, TỔ CHỨC", "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", "Họ và tên" — and no number (a draft).
/// Every value from it is marked as assumed in the programme, so it is for the user to fill in before issuing.
/// </summary>
internal static class BlankHeader
{
    /// <summary>The parent agency line of the form.</summary>
    public const string ParentAgency = "TÊN CQ, TC CHỦ QUẢN";

    /// <summary>The agency line of the form.</summary>
    public const string Agency = "TÊN CƠ QUAN, TỔ CHỨC";

    /// <summary>The signer's title line of the form.</summary>
    public const string SignerTitle = "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ";

    /// <summary>The signer's name line of the form.</summary>
    public const string SignerName = "Họ và tên";

    /// <summary>The place name (địa danh) of the form.</summary>
    public const string PlaceName = "Địa danh";

    /// <summary>The form's blank agency.</summary>
    public static IssuingAgency BlankAgency { get; } = new([ParentAgency], [Agency], "…");

    /// <summary>The form's blank signature block.</summary>
    public static SignatureBlock BlankSignature { get; } = new(null, SignerTitle, SignerName);

    /// <summary>The header for <c>import</c> and <c>new</c> without <c>--header</c>.</summary>
    public static ImportHeader Header { get; } = new(BlankAgency, BlankSignature);
}
