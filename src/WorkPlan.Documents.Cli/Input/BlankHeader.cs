using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// The header used when no <c>--header</c> file is given: the blanks of Nghị định 30's own form
/// (<see cref="FormBlanks"/>: "TÊN CƠ QUAN, TỔ CHỨC", "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", "Họ và tên") and no number
/// (a draft). The values are marked as assumed, and <c>workplan check</c> reports every blank left (rule WP010).
/// </summary>
internal static class BlankHeader
{
    /// <summary>The header for <c>import</c> and <c>new</c> without <c>--header</c>.</summary>
    public static ImportHeader Header { get; } = new(FormBlanks.Agency, FormBlanks.Signature);
}
