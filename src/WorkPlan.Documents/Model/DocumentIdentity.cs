using NodaTime;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Model;

/// <summary>
/// What identifies the issued document: number and symbol (số, ký hiệu; ô số 3), place name and issue date
/// (địa danh, thời gian ban hành; ô số 4).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocumentIdentity
{
    /// <summary>Creates a document identity.</summary>
    /// <param name="number">The number in the agency's yearly register, or null for a draft (the line keeps a blank).</param>
    /// <param name="symbol">The symbol (ký hiệu), e.g. "CTr-VPĐP".</param>
    /// <param name="placeName">The place name (địa danh), e.g. "Hà Tĩnh".</param>
    /// <param name="issueDate">The issue date.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">The symbol or place name is empty, contains white space (symbol), or holds characters XML cannot carry.</exception>
    /// <exception cref="ProgrammeLimitException">A text is longer than <see cref="ProgrammeLimits.MaxTextLength"/>.</exception>
    public DocumentIdentity(int? number, string symbol, string placeName, LocalDate issueDate)
    {
        if (number is <= 0)
        {
            throw new ArgumentOutOfRangeException("identity.number", number, "identity.number must be 1 or greater, or null for a draft.");
        }

        Number = number;
        Symbol = LimitCheck.Text(XmlSafeText.NormalizeRequired(symbol, "identity.symbol"), "identity.symbol");
        if (Symbol.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"identity.symbol \"{Symbol}\" must not contain spaces (ND30: no spaces between the parts of a symbol).", "identity.symbol");
        }

        PlaceName = LimitCheck.Text(XmlSafeText.NormalizeRequired(placeName, "identity.placeName"), "identity.placeName");
        IssueDate = issueDate;
    }

    /// <summary>Gets the number, or null for a draft.</summary>
    public int? Number { get; }

    /// <summary>Gets a value indicating whether the document is a draft (no number yet).</summary>
    public bool IsDraft => Number is null;

    /// <summary>Gets the symbol (ký hiệu), e.g. "CTr-VPĐP".</summary>
    public string Symbol { get; }

    /// <summary>Gets the place name (địa danh).</summary>
    public string PlaceName { get; }

    /// <summary>Gets the issue date.</summary>
    public LocalDate IssueDate { get; }

    /// <summary>Gets the number line as ND30 writes it, e.g. "Số: 05/CTr-VPĐP".</summary>
    public string NumberLine => DocumentNumberFormat.Line(Number, Symbol);

    /// <summary>Gets the place and date line, e.g. "Hà Tĩnh, ngày 07 tháng 5 năm 2021".</summary>
    public string PlaceAndDateLine => Nd30DateFormat.PlaceAndDate(PlaceName, IssueDate);
}
