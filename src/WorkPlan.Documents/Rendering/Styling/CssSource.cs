using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// The CSS text with comments blanked out and a line index; locates the declarations of a rule.
/// </summary>
/// <remarks>
/// ExCSS gives positions for rules and selectors but not for declarations, and it silently drops text it cannot
/// parse. This scanner works only inside the rule ranges ExCSS reports: it finds each <c>name: value</c> so that an
/// error can name its line and column, and it reports text ExCSS dropped (which would otherwise vanish unnoticed).
/// It is not a second CSS parser: values are still taken from ExCSS.
/// </remarks>
/// <threadsafety>Immutable after construction; thread-safe to read.</threadsafety>
internal sealed class CssSource
{
    private readonly LineIndex lines;

    /// <summary>Indexes <paramref name="text"/>.</summary>
    /// <param name="text">The CSS text.</param>
    public CssSource(string text)
    {
        Masked = Mask(text);
        lines = LineIndex.Of(text);
    }

    /// <summary>Gets the text with every comment replaced by spaces (line feeds kept).</summary>
    public string Masked { get; }

    /// <summary>Returns the 1-based line and column of a 0-based offset.</summary>
    /// <param name="offset">The offset.</param>
    /// <returns>The position.</returns>
    public (int Line, int Column) PositionOf(int offset) => lines.PositionOf(offset);

    /// <summary>Returns the offset of the first character at or after <paramref name="from"/> that is not white space, or -1.</summary>
    /// <param name="from">The offset to start at.</param>
    /// <param name="to">The offset to stop before.</param>
    /// <returns>The offset, or -1 when the range is blank.</returns>
    public int FirstNonBlank(int from, int to)
    {
        for (int i = from; i < to && i < Masked.Length; i++)
        {
            if (!char.IsWhiteSpace(Masked[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Finds the declarations of the rule whose text spans [<paramref name="start"/>, <paramref name="end"/>).
    /// </summary>
    /// <param name="start">The offset of the rule's first character.</param>
    /// <param name="end">The offset after the rule's last character.</param>
    /// <param name="declarations">Receives each declaration found.</param>
    /// <returns>The offset of the first text that is not a declaration, or -1 when the block is well formed.</returns>
    public int ScanDeclarations(int start, int end, List<SourceDeclaration> declarations)
    {
        int open = Masked.IndexOf('{', start, end - start);
        if (open < 0)
        {
            return start;
        }

        int close = end - 1;
        while (close > open && char.IsWhiteSpace(Masked[close]))
        {
            close--;
        }

        if (Masked[close] != '}')
        {
            return Math.Min(close + 1, Masked.Length - 1);
        }

        int chunkStart = open + 1;
        char quote = '\0';
        int parens = 0;
        for (int i = open + 1; i <= close; i++)
        {
            char c = Masked[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(':
                    parens++;
                    break;
                case ')':
                    parens--;
                    break;
                case '{':
                    return i;
                case ';' or '}' when parens == 0:
                    int bad = AddDeclaration(chunkStart, i, declarations);
                    if (bad >= 0)
                    {
                        return bad;
                    }

                    chunkStart = i + 1;
                    break;
            }
        }

        return -1;
    }

    private int AddDeclaration(int from, int to, List<SourceDeclaration> declarations)
    {
        int first = FirstNonBlank(from, to);
        if (first < 0)
        {
            return -1;
        }

        int colon = Masked.IndexOf(':', first, to - first);
        if (colon < 0)
        {
            return first;
        }

        string name = Masked.Substring(first, colon - first).Trim();
        if (name.Length == 0)
        {
            return first;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return first;
            }
        }

        string value = Masked.Substring(colon + 1, to - colon - 1).Trim();
        declarations.Add(new SourceDeclaration(name.ToLowerInvariant(), value, first));
        return -1;
    }

    private static string Mask(string text)
    {
        if (text.IndexOf("/*", StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        char quote = '\0';
        for (int i = 0; i < chars.Length; i++)
        {
            char c = chars[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '/' && i + 1 < chars.Length && chars[i + 1] == '*')
            {
                int endComment = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                int stop = endComment < 0 ? chars.Length : endComment + 2;
                for (int j = i; j < stop; j++)
                {
                    if (chars[j] != '\n')
                    {
                        chars[j] = ' ';
                    }
                }

                i = stop - 1;
            }
        }

        return new string(chars);
    }
}
