using System.Text;
using Scriban;
using Scriban.Syntax;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>
/// Reads the start tags out of a parsed Scriban template's literal text. The raw-text nodes are joined in source order
/// with a gap for each code block between them; a tag may be split by code (<c>&lt;td class="a"{{ if x }} colspan="2"{{ end }}&gt;</c>):
/// names and values written literally are kept with their file positions, a value holding code is kept as unknown.
/// </summary>
/// <remarks>
/// Hand-written rather than an XML reader: the literal text of a template is not a well-formed document (it is cut by
/// code, and branches of an <c>if</c> follow each other in the source), so only a tolerant tag scanner can read it.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class LiteralMarkupScanner
{
    private const int Gap = -1;

    /// <summary>Scans one template.</summary>
    /// <param name="file">The template's file name within the set.</param>
    /// <param name="text">The template's text.</param>
    /// <param name="template">The template parsed from <paramref name="text"/>; a template with syntax errors yields what its tree holds.</param>
    /// <returns>The literal markup.</returns>
    public static LiteralMarkup Scan(string file, string text, Template template)
    {
        Preconditions.NotNull(file, nameof(file));
        Preconditions.NotNull(text, nameof(text));
        Preconditions.NotNull(template, nameof(template));
        var raws = new List<(int Start, int End)>();
        var literals = new List<string>();
        if (template.Page is { } page)
        {
            Collect(page, raws, literals);
        }

        raws.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int i = 0; i < raws.Count; i++)
        {
            // A raw node never holds the "{{" that opens the code after it: whatever the span's end convention, stop there.
            var (start, end) = raws[i];
            end = Math.Min(end, text.Length);
            int open = start < end ? text.IndexOf("{{", start, end - start, StringComparison.Ordinal) : -1;
            raws[i] = (start, open >= 0 ? open : end);
        }

        // The stream: each literal character's offset in the file, and Gap where code stood between two raw nodes.
        var stream = new List<int>(text.Length);
        int previousEnd = 0;
        foreach (var (start, end) in raws)
        {
            if (start < previousEnd)
            {
                continue;
            }

            if (start > previousEnd || stream.Count == 0 && start > 0)
            {
                stream.Add(Gap);
            }

            for (int offset = start; offset < end && offset < text.Length; offset++)
            {
                stream.Add(offset);
            }

            previousEnd = end;
        }

        return new LiteralMarkup(file, text, new Reader(text, stream).ReadElements(), literals);
    }

    private static void Collect(ScriptNode node, List<(int Start, int End)> raws, List<string> literals)
    {
        switch (node)
        {
            case ScriptRawStatement raw:
                raws.Add((raw.Span.Start.Offset, raw.Span.End.Offset + 1));
                return;
            case ScriptLiteral { Value: string value }:
                literals.Add(value);
                return;
        }

        int count = node.ChildrenCount;
        for (int i = 0; i < count; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                Collect(child, raws, literals);
            }
        }
    }

    private sealed class Reader(string text, List<int> stream)
    {
        private readonly LineIndex lines = LineIndex.Of(text);
        private int at;

        public List<LiteralElement> ReadElements()
        {
            var elements = new List<LiteralElement>();
            while (at < stream.Count)
            {
                if (Char(at) != '<')
                {
                    at++;
                    continue;
                }

                int next = Char(at + 1);
                if (next == '/')
                {
                    SkipPast(">");
                }
                else if (next == '?')
                {
                    SkipPast("?>");
                }
                else if (next == '!')
                {
                    SkipPast(Char(at + 2) == '-' && Char(at + 3) == '-' ? "-->" : ">");
                }
                else if (IsNameStart(next))
                {
                    at++;
                    elements.Add(ReadStartTag());
                }
                else
                {
                    at++;
                }
            }

            return elements;
        }

        private LiteralElement ReadStartTag()
        {
            int nameAt = at;
            string name = ReadName();
            bool complete = Char(at) != Gap;
            var (line, column) = Position(nameAt - 1);
            var attributes = new List<LiteralAttribute>();
            while (at < stream.Count)
            {
                int c = Char(at);
                if (c == '>' || (c == '/' && Char(at + 1) == '>') || c == '<')
                {
                    break;
                }

                if (!IsNameStart(c))
                {
                    at++;
                    continue;
                }

                int attributeAt = at;
                string attributeName = ReadName();
                bool attributeComplete = Char(at) != Gap;
                var (attributeLine, attributeColumn) = Position(attributeAt);
                SkipSpace();
                string? value = null;
                string? variable = null;
                int valueLine = attributeLine;
                int valueColumn = attributeColumn;
                if (Char(at) == '=')
                {
                    at++;
                    SkipSpace();
                    int quote = Char(at);
                    if (quote is '"' or '\'')
                    {
                        at++;
                        if (at < stream.Count && stream[at] != Gap)
                        {
                            (valueLine, valueColumn) = Position(at);
                        }

                        (value, variable) = ReadValue(quote);
                    }
                }

                attributes.Add(new LiteralAttribute(attributeName, attributeLine, attributeColumn, attributeComplete, value, valueLine, valueColumn, variable));
            }

            return new LiteralElement(name, line, column, complete, attributes);
        }

        private (string? Value, string? Variable) ReadValue(int quote)
        {
            var value = new StringBuilder();
            int gaps = 0;
            int gapAt = -1;
            while (at < stream.Count && Char(at) != quote)
            {
                if (stream[at] == Gap)
                {
                    gaps++;
                    gapAt = at;
                }
                else
                {
                    value.Append((char)Char(at));
                }

                at++;
            }

            at++;
            if (gaps == 0)
            {
                return (Decode(value.ToString()), null);
            }

            return (null, gaps == 1 && value.Length == 0 ? VariableOfGap(gapAt) : null);
        }

        // The code between the raw characters around the gap: "{{ name }}" (with ~ or - trims) names one variable.
        private string? VariableOfGap(int gapIndex)
        {
            int from = gapIndex > 0 ? stream[gapIndex - 1] + 1 : 0;
            int to = gapIndex + 1 < stream.Count ? stream[gapIndex + 1] : text.Length;
            if (from < 0 || to < from)
            {
                return null;
            }

            string code = text.Substring(from, to - from).Trim();
            if (!code.StartsWith("{{", StringComparison.Ordinal) || !code.EndsWith("}}", StringComparison.Ordinal))
            {
                return null;
            }

            string inner = code.Substring(2, code.Length - 4).Trim('~', '-').Trim();
            if (inner.Length == 0 || !(char.IsLetter(inner[0]) || inner[0] == '_'))
            {
                return null;
            }

            foreach (char c in inner)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return null;
                }
            }

            return inner;
        }

        private static string? Decode(string value)
        {
            if (value.IndexOf('&') < 0)
            {
                return value;
            }

            // The five predefined entities only; a numeric or unknown reference is left to the reader (the checker
            // does not guess a value it cannot read).
            string[] entities = ["&lt;", "&gt;", "&quot;", "&apos;", "&amp;"];
            for (int i = value.IndexOf('&'); i >= 0; i = value.IndexOf('&', i + 1))
            {
                if (!entities.Any(entity => string.CompareOrdinal(value, i, entity, 0, entity.Length) == 0))
                {
                    return null;
                }
            }

            return value.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&apos;", "'").Replace("&amp;", "&");
        }

        private string ReadName()
        {
            var name = new StringBuilder();
            while (at < stream.Count && IsNameChar(Char(at)))
            {
                name.Append((char)Char(at));
                at++;
            }

            return name.ToString();
        }

        private void SkipSpace()
        {
            while (at < stream.Count && Char(at) is ' ' or '\t' or '\r' or '\n')
            {
                at++;
            }
        }

        private void SkipPast(string end)
        {
            at += 2;
            while (at < stream.Count)
            {
                bool match = true;
                for (int k = 0; k < end.Length && match; k++)
                {
                    match = Char(at + k) == end[k];
                }

                at++;
                if (match)
                {
                    at += end.Length - 1;
                    return;
                }
            }
        }

        private int Char(int index) =>
            index >= stream.Count ? -2 : stream[index] == Gap ? Gap : text[stream[index]];

        private (int Line, int Column) Position(int index) => lines.PositionOf(stream[index]);

        private static bool IsNameStart(int c) => c >= 0 && (char.IsLetter((char)c) || c == '_' || c == ':');

        private static bool IsNameChar(int c) => c >= 0 && (char.IsLetterOrDigit((char)c) || c is '_' or ':' or '-' or '.');
    }
}
