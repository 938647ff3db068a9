using System.Globalization;
using System.Text;

namespace WorkPlan.Documents.Text;

/// <summary>
/// Folds Vietnamese text for loose comparison: lower case, without tone marks and vowel diacritics, "đ" as "d",
/// runs of white space as one space. "Phòng  KHN VG S" and "phòng khn vg s" fold alike; so do "Dực" and "Dục".
/// </summary>
/// <remarks>
/// Hand-written rather than taken from a library: the fold is a few lines over <see cref="NormalizationForm.FormD"/>
/// (which splits every Vietnamese letter into its base letter and combining marks) plus the one letter Unicode does
/// not decompose, "đ"; no package on the feed offers exactly this, and a general transliterator would be a large
/// dependency for it.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class VietnameseFold
{
    /// <summary>Returns <paramref name="text"/> folded, with single spaces between words and none at either end.</summary>
    internal static string Fold(string text) => Fold(text, keepSpaces: true);

    /// <summary>Returns <paramref name="text"/> folded with every white space removed: the key under which spacing variants meet.</summary>
    internal static string Key(string text) => Fold(text, keepSpaces: false);

    private static string Fold(string text, bool keepSpaces)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (pendingSpace && keepSpaces)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
