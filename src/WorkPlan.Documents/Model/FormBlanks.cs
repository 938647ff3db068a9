namespace WorkPlan.Documents.Model;

/// <summary>
/// The blanks of Nghị định 30's own form for a document with a type name (Phụ lục III, Mẫu 1.4): the texts a scaffold
/// holds where the office has not yet given its agency, signer or place ("TÊN CƠ QUAN, TỔ CHỨC", "Họ và tên"…).
/// The checker reports any that is left (rule WP010), so a scaffold cannot be issued unfilled by mistake.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public static class FormBlanks
{
    /// <summary>The parent agency blank: "TÊN CQ, TC CHỦ QUẢN" (tên cơ quan, tổ chức chủ quản).</summary>
    public const string ParentAgency = "TÊN CQ, TC CHỦ QUẢN";

    /// <summary>The issuing agency blank: "TÊN CƠ QUAN, TỔ CHỨC".</summary>
    public const string AgencyName = "TÊN CƠ QUAN, TỔ CHỨC";

    /// <summary>The agency abbreviation blank, used in the symbol ("CTr-…").</summary>
    public const string Abbreviation = "…";

    /// <summary>The signer's authority and position blank: "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ".</summary>
    public const string SignerTitle = "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ";

    /// <summary>The signer's name blank: "Họ và tên".</summary>
    public const string SignerName = "Họ và tên";

    /// <summary>The place name blank: "Địa danh".</summary>
    public const string PlaceName = "Địa danh";

    /// <summary>Gets the agency of the form: parent and name blanks, abbreviation <see cref="Abbreviation"/>.</summary>
    public static IssuingAgency Agency { get; } = new([ParentAgency], [AgencyName], Abbreviation);

    /// <summary>Gets the signature block of the form: no authority line, the title and name blanks.</summary>
    public static SignatureBlock Signature { get; } = new(null, SignerTitle, SignerName);
}
