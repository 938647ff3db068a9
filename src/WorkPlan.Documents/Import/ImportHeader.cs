using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Import;

/// <summary>
/// The header values a hand-typed text lacks — agency, number, symbol, signer — and fallbacks for those it may
/// lack (place, issue date, month, recipients). Values taken from here are marked in <see cref="WorkProgramme.Assumed"/>.
/// Build one in code or read a header file with <see cref="Parse(string)"/> (format in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>).
/// </summary>
/// <remarks>
/// The text wins where it has a value: a place and date line, a "Số:" line or a "Nơi nhận" block in the text is
/// used, and a differing header value is reported as a warning.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ImportHeader
{
    /// <summary>Creates a header.</summary>
    /// <param name="agency">The issuing agency (never in the text).</param>
    /// <param name="signature">The signature block (never in the text).</param>
    /// <param name="number">The document number; null for a draft (or when the text has a "Số:" line).</param>
    /// <param name="symbol">The symbol, e.g. "CTr-VPĐP"; null to use the text's, or else "CTr-" and the agency's abbreviation.</param>
    /// <param name="placeName">The place name, used when the text has no place and date line.</param>
    /// <param name="issueDate">The issue date, used when the text has no place and date line.</param>
    /// <param name="month">The month, used when neither the title nor the schedule heading names one.</param>
    /// <param name="recipients">The "Nơi nhận" block, used when the text has none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agency"/> or <paramref name="signature"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">The symbol contains white space, or a text is empty or holds characters XML cannot carry.</exception>
    public ImportHeader(
        IssuingAgency agency,
        SignatureBlock signature,
        int? number = null,
        string? symbol = null,
        string? placeName = null,
        LocalDate? issueDate = null,
        YearMonth? month = null,
        RecipientList? recipients = null)
    {
        Agency = Preconditions.NotNull(agency, "header.agency");
        Signature = Preconditions.NotNull(signature, "header.signature");
        if (number is <= 0)
        {
            throw new ArgumentOutOfRangeException("header.number", number, "header.number must be 1 or greater, or null for a draft.");
        }

        Number = number;
        Symbol = XmlSafeText.NormalizeOptional(symbol, "header.symbol");
        if (Symbol is not null && Symbol.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"header.symbol \"{Symbol}\" must not contain spaces.", "header.symbol");
        }

        PlaceName = XmlSafeText.NormalizeOptional(placeName, "header.placeName");
        IssueDate = issueDate;
        Month = month;
        Recipients = recipients;
    }

    /// <summary>
    /// Gets the header of Nghị định 30's own form: the blanks of <see cref="FormBlanks"/> for the agency ("TÊN CƠ QUAN,
    /// TỔ CHỨC") and the signer ("QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", "Họ và tên"), no number (a draft) and no fallbacks:
    /// for importing or scaffolding before the office has given its values. The checker reports every blank left
    /// (rule WP010).
    /// </summary>
    public static ImportHeader Blank { get; } = new(FormBlanks.Agency, FormBlanks.Signature);

    /// <summary>Gets the issuing agency.</summary>
    public IssuingAgency Agency { get; }

    /// <summary>Gets the signature block.</summary>
    public SignatureBlock Signature { get; }

    /// <summary>Gets the document number, or null.</summary>
    public int? Number { get; }

    /// <summary>Gets the symbol, or null.</summary>
    public string? Symbol { get; }

    /// <summary>Gets the fallback place name, or null.</summary>
    public string? PlaceName { get; }

    /// <summary>Gets the fallback issue date, or null.</summary>
    public LocalDate? IssueDate { get; }

    /// <summary>Gets the fallback month, or null.</summary>
    public YearMonth? Month { get; }

    /// <summary>Gets the fallback recipients block, or null.</summary>
    public RecipientList? Recipients { get; }

    /// <summary>Reads a header file (JSON, <c>"headerVersion": 1</c>; fields in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/import-and-check.md">docs/import-and-check.md</see>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The header.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ProgrammeImportException">The JSON is malformed, has an unknown property, lacks a required value or breaks a rule; the message names the JSON path.</exception>
    public static ImportHeader Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return ImportHeaderJson.Read(json);
    }
}
