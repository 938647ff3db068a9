using System.Globalization;

namespace WorkPlan.Documents.Text;

/// <summary>
/// The number and symbol line of the header (ô số 3), Nghị định 30 §II.3: "Số: 05/CTr-VPĐP".
/// </summary>
/// <remarks>
/// Numbers below 10 take a leading zero. A draft has no number yet: the line keeps room for it,
/// "Số:      /CTr-VPĐP", and the spaces must survive rendering (the layout markup marks them as preserved).
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
public static class DocumentNumberFormat
{
    /// <summary>The blank left for the number of a draft: six spaces.</summary>
    public const string DraftPlaceholder = "      ";

    /// <summary>Formats the number part alone: "05", "12", or <see cref="DraftPlaceholder"/> for a draft.</summary>
    /// <param name="number">The number in the agency's yearly register, or null for a draft.</param>
    /// <returns>The number as written before the slash.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is zero or negative.</exception>
    public static string Number(int? number)
    {
        if (number is null)
        {
            return DraftPlaceholder;
        }

        if (number <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A document number is 1 or greater (numbering restarts at 01 each year).");
        }

        return number.Value.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Formats the whole line: "Số: 05/CTr-VPĐP", or "Số:      /CTr-VPĐP" for a draft.</summary>
    /// <param name="number">The number, or null for a draft.</param>
    /// <param name="symbol">The symbol (ký hiệu), e.g. "CTr-VPĐP".</param>
    /// <returns>The number line.</returns>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is empty or holds characters XML cannot carry.</exception>
    public static string Line(int? number, string symbol)
    {
        string checkedSymbol = XmlSafeText.NormalizeRequired(symbol, nameof(symbol));
        return number is null
            ? "Số:" + DraftPlaceholder + "/" + checkedSymbol
            : "Số: " + Number(number) + "/" + checkedSymbol;
    }
}
