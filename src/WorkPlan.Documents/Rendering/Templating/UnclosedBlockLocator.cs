using Scriban.Parsing;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Finds the opening tag of a block that has no <c>end</c>. Scriban reports a missing <c>end</c> at the end of the
/// file (line 30 for an <c>if</c> on line 11); this walks the token stream, pairing each block keyword that starts a
/// statement (<c>if</c>, <c>for</c>, <c>while</c>, <c>case</c>, <c>capture</c>, <c>func</c>, <c>with</c>,
/// <c>wrap</c>, <c>tablerow</c>) with its <c>end</c>, and returns the keywords left open. Shared by the render's
/// parse (<see cref="PartialCache"/>) and the template checker, so both name the same line.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class UnclosedBlockLocator
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "case", "capture", "func", "with", "wrap", "tablerow",
    };

    /// <summary>Returns the block keywords without an <c>end</c>, outermost first (keyword, 1-based line and column).</summary>
    /// <param name="text">The template's text.</param>
    /// <param name="fileName">The file name, for the lexer's spans.</param>
    /// <returns>The open blocks; empty when every block is closed.</returns>
    public static IReadOnlyList<(string Keyword, int Line, int Column)> Find(string text, string fileName)
    {
        var open = new List<(string Keyword, int Line, int Column)>();
        bool statementStart = false;
        foreach (Token token in new Lexer(text, fileName))
        {
            switch (token.Type)
            {
                case TokenType.CodeEnter:
                case TokenType.NewLine:
                case TokenType.SemiColon:
                    statementStart = true;
                    continue;
                case TokenType.CodeExit:
                    statementStart = false;
                    continue;
                case TokenType.Identifier:
                    if (statementStart)
                    {
                        string word = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                        if (Openers.Contains(word))
                        {
                            open.Add((word, token.Start.Line + 1, token.Start.Column + 1));
                        }
                        else if (word == "end" && open.Count > 0)
                        {
                            open.RemoveAt(open.Count - 1);
                        }
                    }

                    statementStart = false;
                    continue;
                default:
                    statementStart = false;
                    continue;
            }
        }

        return open;
    }

    /// <summary>Whether Scriban reports a missing <c>end</c> on the last line of the text (a block it never saw closed).</summary>
    /// <param name="text">The template's text.</param>
    /// <param name="errors">Scriban's error messages.</param>
    /// <returns>True when some error is on the last line.</returns>
    public static bool ReachesEnd(string text, IEnumerable<LogMessage> errors)
    {
        int lastLine = LastContentLine(text);
        // Scriban's words for a block it never saw closed: "The <end> statement was not found".
        // Only when that is the first error: a broken tag before it (an if without condition) keeps Scriban's position.
        LogMessage? first = errors.FirstOrDefault();
        return first is not null && first.Span.Start.Line >= lastLine && first.Message.Contains("<end> statement was not found");
    }

    /// <summary>The 0-based line of the text's last non-blank character (trailing blank lines do not count).</summary>
    /// <param name="text">The template's text.</param>
    /// <returns>The line.</returns>
    public static int LastContentLine(string text)
    {
        int lastLine = 0;
        foreach (char c in text.TrimEnd())
        {
            if (c == '\n')
            {
                lastLine++;
            }
        }

        return lastLine;
    }
}
