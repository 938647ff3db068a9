using System.Globalization;

namespace WorkPlan.Documents.Text;

/// <summary>
/// Characters that cannot be seen: text made only of them (and white space) is no text, and the checker reports them
/// inside any field (WP011). They usually come pasted along with the text: zero-width spaces and joiners from web
/// pages, a byte order mark from a file, bidirectional marks and soft hyphens from Word.
/// </summary>
/// <remarks>
/// <para>
/// The set is Unicode's <c>Default_Ignorable_Code_Point</c> (characters a renderer shows as nothing) with the format
/// characters (category Cf) it leaves out, and the braille blank U+2800, which shows as a space but is not white
/// space: the format characters (U+00AD, U+061C, U+180E, U+200B–U+200F, U+202A–U+202E, U+2060–U+206F, U+FEFF,
/// U+FFF9–U+FFFB, the shorthand, musical, Egyptian and tag format controls), the Hangul fillers, the Khmer inherent
/// vowels, the variation selectors and the reserved ignorable ranges. The prepended concatenation marks (U+0600–U+0605,
/// U+06DD, U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD) are Cf but visible, so they are not in it. Vietnamese text
/// is never affected: its letters and tone marks are all visible.
/// </para>
/// <para>
/// A table rather than <see cref="CharUnicodeInfo.GetUnicodeCategory(string, int)"/>: the runtime's Unicode data
/// differs between .NET Framework (the netstandard2.0 build) and .NET 8 (U+180E is white space in one and a format
/// character in the other), and what is refused must not depend on where the library runs.
/// </para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class InvisibleText
{
    /// <summary>The first and last code point of each range, in order and not overlapping.</summary>
    private static readonly int[] Ranges =
    [
        0x00AD, 0x00AD, // soft hyphen
        0x034F, 0x034F, // combining grapheme joiner
        0x061C, 0x061C, // Arabic letter mark
        0x115F, 0x1160, // Hangul choseong and jungseong fillers
        0x17B4, 0x17B5, // Khmer inherent vowels
        0x180B, 0x180F, // Mongolian free variation selectors and vowel separator
        0x200B, 0x200F, // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
        0x202A, 0x202E, // bidirectional embeddings and overrides
        0x2060, 0x206F, // word joiner, invisible operators, bidirectional isolates, deprecated format characters
        0x2800, 0x2800, // braille pattern blank
        0x3164, 0x3164, // Hangul filler
        0xFE00, 0xFE0F, // variation selectors
        0xFEFF, 0xFEFF, // zero-width no-break space (byte order mark)
        0xFFA0, 0xFFA0, // halfwidth Hangul filler
        0xFFF0, 0xFFFB, // reserved ignorable; interlinear annotation characters
        0x13430, 0x1343F, // Egyptian hieroglyph format controls
        0x1BCA0, 0x1BCA3, // shorthand format controls
        0x1D173, 0x1D17A, // musical symbol format controls
        0xE0000, 0xE0FFF, // tags, variation selectors supplement, reserved ignorable
    ];

    /// <summary>Returns whether <paramref name="codePoint"/> cannot be seen.</summary>
    /// <param name="codePoint">A Unicode code point.</param>
    /// <returns>Whether it is in the set.</returns>
    public static bool IsInvisible(int codePoint)
    {
        if (codePoint < 0x00AD)
        {
            return false;
        }

        // Binary search over the range starts: the last range starting at or before the code point.
        int low = 0;
        int high = (Ranges.Length / 2) - 1;
        while (low <= high)
        {
            int middle = (low + high) / 2;
            if (Ranges[2 * middle] <= codePoint)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high >= 0 && codePoint <= Ranges[(2 * high) + 1];
    }

    /// <summary>Returns the index of the first character that cannot be seen, or -1 when there is none.</summary>
    /// <param name="text">The text, with no lone surrogates.</param>
    /// <param name="start">Where to start searching.</param>
    /// <returns>The zero-based index (of the high surrogate, for a character outside the BMP), or -1.</returns>
    public static int IndexOfInvisible(string text, int start = 0)
    {
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\u00AD')
            {
                continue;
            }

            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (IsInvisible(pair ? char.ConvertToUtf32(c, text[i + 1]) : c))
            {
                return i;
            }

            if (pair)
            {
                i++;
            }
        }

        return -1;
    }

    /// <summary>Returns whether <paramref name="text"/> holds nothing that can be seen: only white space and invisible characters.</summary>
    /// <param name="text">The text, with no lone surrogates.</param>
    /// <returns>Whether it is blank; true for the empty string.</returns>
    public static bool IsBlank(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (!IsInvisible(pair ? char.ConvertToUtf32(c, text[i + 1]) : c))
            {
                return false;
            }

            if (pair)
            {
                i++;
            }
        }

        return true;
    }

    /// <summary>Names the character at <paramref name="index"/> as its code point: "U+200B".</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">The index of the character (of its high surrogate, outside the BMP).</param>
    /// <returns>The code point, "U+" and at least four hex digits.</returns>
    public static string CodeOf(string text, int index)
    {
        int codePoint = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            ? char.ConvertToUtf32(text[index], text[index + 1])
            : text[index];
        return "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
    }
}
