using System.Globalization;
using System.Text;

namespace WorkPlan.Documents.Text;

/// <summary>
/// Makes text safe to store in the model and to write as XML: checks that it holds only characters XML 1.0 (and
/// therefore .docx and XHTML) can carry and normalises it to Unicode NFC. Every piece of text passes here before it
/// enters the model.
/// </summary>
/// <remarks>
/// <para>
/// Pasted Vietnamese is often decomposed (macOS, some input methods write "ệ" as "e" + U+0323 + U+0302);
/// normalising to NFC makes equal text compare equal and keeps output and golden files stable.
/// </para>
/// <para>
/// Rejected: C0 control characters other than tab, line feed and carriage return; lone surrogates;
/// U+FFFE and U+FFFF. The Open XML SDK would throw on them only when the document is saved; rejecting them
/// here names the field they came from.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless and thread-safe.</threadsafety>
internal static class XmlSafeText
{
    /// <summary>
    /// Checks <paramref name="value"/> for characters XML cannot carry and returns it in Unicode NFC.
    /// </summary>
    /// <param name="value">The text to check.</param>
    /// <param name="field">The name of the field the text is for; it appears in the error message.</param>
    /// <returns>The text, normalised to NFC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a character XML cannot carry.</exception>
    public static string Normalize(string value, string field)
    {
        if (value is null)
        {
            throw new ArgumentNullException(field, $"{field} must not be null.");
        }

        int bad = FindForbiddenCharacter(value);
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"{field} contains {Describe(value, bad)} at position {bad + 1}, which XML documents cannot carry: \"{Excerpt(value, bad)}\".",
                field);
        }

        return IsAscii(value) || value.IsNormalized(NormalizationForm.FormC)
            ? value
            : value.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Like <see cref="Normalize(string, string)"/>, and also trims surrounding white space and requires
    /// something that can be seen to be left: text made only of characters that cannot be seen
    /// (<see cref="InvisibleText"/>: zero-width spaces, joiners, a byte order mark…) is refused as empty.
    /// </summary>
    /// <param name="value">The text to check.</param>
    /// <param name="field">The name of the field the text is for; it appears in the error message.</param>
    /// <returns>The trimmed text, normalised to NFC.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, white space or invisible, or contains a character XML cannot carry.</exception>
    public static string NormalizeRequired(string value, string field)
    {
        string normalized = Normalize(value, field).Trim();
        if (normalized.Length == 0)
        {
            throw new ArgumentException($"{field} must not be empty.", field);
        }

        if (InvisibleText.IsBlank(normalized))
        {
            throw new ArgumentException(
                $"{field} must not be empty: it holds only characters that cannot be seen ({InvisibleText.CodeOf(normalized, InvisibleText.IndexOfInvisible(normalized))}).",
                field);
        }

        return normalized;
    }

    /// <summary>
    /// Like <see cref="NormalizeRequired(string, string)"/>, but null, empty, white-space and invisible text become null.
    /// </summary>
    /// <param name="value">The text to check, or null.</param>
    /// <param name="field">The name of the field the text is for; it appears in the error message.</param>
    /// <returns>The trimmed text in NFC, or null when nothing that can be seen is left.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a character XML cannot carry.</exception>
    public static string? NormalizeOptional(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        string normalized = Normalize(value, field).Trim();
        return InvisibleText.IsBlank(normalized) ? null : normalized;
    }

    /// <summary>Copies lines of text, each checked and normalised by <see cref="NormalizeRequired"/>.</summary>
    /// <param name="lines">The lines, or null.</param>
    /// <param name="field">The field's name for error messages; a line is named <c>field[index]</c>.</param>
    /// <param name="required">Whether null or no lines at all is an error; otherwise either gives an empty list.</param>
    /// <returns>A read-only copy of the normalised lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="required"/> is true and <paramref name="lines"/> is null, or a line is null.</exception>
    /// <exception cref="ArgumentException">A line is blank or holds a character XML cannot carry, or <paramref name="required"/> is true and there are no lines.</exception>
    public static IReadOnlyList<string> NormalizeLines(IEnumerable<string>? lines, string field, bool required)
    {
        if (lines is null)
        {
            if (required)
            {
                throw new ArgumentNullException(field, $"{field} must not be null.");
            }

            return Array.Empty<string>();
        }

        var result = new List<string>();
        int index = 0;
        foreach (string line in lines)
        {
            result.Add(NormalizeRequired(line, $"{field}[{index}]"));
            index++;
        }

        if (required && result.Count == 0)
        {
            throw new ArgumentException($"{field} must have at least one line.", field);
        }

        return result.AsReadOnly();
    }

    /// <summary>Returns the index of the first character XML cannot carry, or -1 when there is none.</summary>
    /// <param name="value">The text to search.</param>
    /// <returns>The zero-based index, or -1.</returns>
    public static int FindForbiddenCharacter(string value)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < '\u0020')
            {
                if (c != '\t' && c != '\n' && c != '\r')
                {
                    return i;
                }
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAscii(string value)
    {
        foreach (char c in value)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(string value, int index)
    {
        char c = value[index];
        string code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        if (char.IsSurrogate(c))
        {
            return $"a lone surrogate {code}";
        }

        return c < '\u0020' ? $"the control character {code}" : $"the non-character {code}";
    }

    private static string Excerpt(string value, int index)
    {
        int start = Math.Max(0, index - 20);
        int end = Math.Min(value.Length, index + 20);
        var builder = new StringBuilder(end - start + 8);
        for (int i = start; i < end; i++)
        {
            char c = value[i];
            bool forbidden = c < '\u0020' ? c != '\t' && c != '\n' && c != '\r'
                : char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
            if (forbidden || c == '\n' || c == '\r' || c == '\t')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
