using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Model;

/// <summary>
/// What each <see cref="DocumentKind"/> writes: its tên loại, symbol, name in running text, default trích yếu and
/// file name. The one place these words are spelled.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class DocumentKindText
{
    private static readonly DocumentKind[] Kinds = [DocumentKind.Programme, DocumentKind.Schedule, DocumentKind.Notice];

    /// <summary>Gets the tên loại in capitals, as the title prints it: "CHƯƠNG TRÌNH", "LỊCH CÔNG TÁC", "THÔNG BÁO".</summary>
    internal static string TypeName(DocumentKind kind) => kind switch
    {
        DocumentKind.Schedule => "LỊCH CÔNG TÁC",
        DocumentKind.Notice => "THÔNG BÁO",
        _ => "CHƯƠNG TRÌNH",
    };

    /// <summary>
    /// Returns the kind whose tên loại <paramref name="text"/> is, written in any case and with or without diacritics
    /// ("LỊCH CÔNG TÁC", "Thong bao"); null when it is none of them.
    /// </summary>
    internal static DocumentKind? FromTypeName(string text)
    {
        string folded = VietnameseFold.Fold(text);
        foreach (DocumentKind kind in Kinds)
        {
            if (folded == VietnameseFold.Fold(TypeName(kind)))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Gets the name in running text, as "(Kèm theo Chương trình số …)" writes it: "Chương trình", "Lịch công tác",
    /// "Thông báo".
    /// </summary>
    internal static string RunningName(DocumentKind kind) => kind switch
    {
        DocumentKind.Schedule => "Lịch công tác",
        DocumentKind.Notice => "Thông báo",
        _ => "Chương trình",
    };

    /// <summary>
    /// Gets the abbreviation of the tên loại that starts the symbol: "CTr" and "TB" (Nghị định 30, Phụ lục III), and
    /// "LCT", the abbreviation offices use for a lịch công tác (not in Phụ lục III).
    /// </summary>
    internal static string SymbolPrefix(DocumentKind kind) => kind switch
    {
        DocumentKind.Schedule => "LCT",
        DocumentKind.Notice => "TB",
        _ => "CTr",
    };

    /// <summary>
    /// Forms the symbol (ký hiệu) from the agency's abbreviation: the kind's prefix, a hyphen and the abbreviation
    /// without its spaces, e.g. "CTr-VPĐP", "TB-VPĐP" for "VP ĐP".
    /// </summary>
    internal static string Symbol(DocumentKind kind, string abbreviation) =>
        SymbolPrefix(kind) + "-" + abbreviation.Replace(" ", string.Empty);

    /// <summary>Gets whether <paramref name="symbol"/> starts with the kind's abbreviation: its prefix, a hyphen, then at least one character.</summary>
    internal static bool HasKindPrefix(DocumentKind kind, string symbol)
    {
        string prefix = SymbolPrefix(kind) + "-";
        return symbol.Length > prefix.Length && symbol.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>
    /// Gets whether the checker accepts <paramref name="symbol"/> for the kind (WP008): a programme's and a notice's
    /// symbol starts with the abbreviation Nghị định 30 gives the kind ("CTr-", "TB-"); a work schedule's is not
    /// checked, since no abbreviation is standardised for it (offices that number one use their own).
    /// </summary>
    internal static bool IsSymbolAccepted(DocumentKind kind, string symbol) =>
        kind == DocumentKind.Schedule || HasKindPrefix(kind, symbol);

    /// <summary>
    /// Gets the trích yếu derived from the period: "Công tác tháng 5 năm 2021" (programme), "Tuần từ ngày 10/5 đến ngày
    /// 16/5/2021" (schedule), "Lịch công tác tuần từ ngày 10/5 đến ngày 16/5/2021" (notice).
    /// </summary>
    internal static string DefaultAbstract(DocumentKind kind, ProgrammePeriod period) => kind switch
    {
        DocumentKind.Schedule => Capitalised(period.Phrase),
        DocumentKind.Notice => "Lịch công tác " + period.Phrase,
        _ => "Công tác " + period.Phrase,
    };

    /// <summary>
    /// Gets the document's title in running text, for the HTML <c>&lt;title&gt;</c> and the .docx title property: the
    /// running name followed by the trích yếu in lower case, "Chương trình công tác tháng 5 năm 2021", "Thông báo lịch
    /// công tác tuần từ ngày 10/5 đến ngày 16/5/2021".
    /// </summary>
    internal static string Title(DocumentKind kind, string @abstract)
    {
        bool ordinaryWord = @abstract.Length > 1 && char.IsUpper(@abstract[0]) && char.IsLower(@abstract[1]);
        string lowered = ordinaryWord
            ? char.ToLowerInvariant(@abstract[0]) + @abstract.Substring(1)
            : @abstract;
        string name = RunningName(kind);
        return kind == DocumentKind.Schedule && lowered.StartsWith("lịch công tác", StringComparison.Ordinal)
            ? Capitalised(lowered)
            : name + " " + lowered;
    }

    /// <summary>
    /// Gets the start of the kind's file names, ASCII only: "chuong-trinh-cong-tac-", "lich-cong-tac-",
    /// "thong-bao-lich-cong-tac-".
    /// </summary>
    internal static string FileNamePrefix(DocumentKind kind) => kind switch
    {
        DocumentKind.Schedule => "lich-cong-tac-",
        DocumentKind.Notice => "thong-bao-lich-cong-tac-",
        _ => "chuong-trinh-cong-tac-",
    };

    /// <summary>Checks that <paramref name="kind"/> is defined.</summary>
    /// <exception cref="ArgumentOutOfRangeException">It is not.</exception>
    internal static DocumentKind Check(DocumentKind kind, string field) =>
        kind is DocumentKind.Programme or DocumentKind.Schedule or DocumentKind.Notice
            ? kind
            : throw new ArgumentOutOfRangeException(field, kind, $"{field} must be Programme, Schedule or Notice.");

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
