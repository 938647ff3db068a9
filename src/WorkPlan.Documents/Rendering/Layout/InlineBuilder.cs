using System.Text;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// Turns the text and inline elements of one paragraph into flat <see cref="LayoutInline"/> runs, applying the
/// white-space rules: in collapsed text every run of XML white space becomes one space, spaces at the start and end
/// of a line (paragraph edges and <c>&lt;br/&gt;</c>) are dropped, and a space never follows another space;
/// preserved text keeps its spaces and tabs, and a line feed in it becomes a line break.
/// </summary>
/// <remarks>Reused for every paragraph of one read; not thread-safe.</remarks>
internal sealed class InlineBuilder
{
    private readonly List<LayoutInline> runs = [];
    private readonly StringBuilder current = new();
    private InlineFormat currentFormat;
    private bool atLineStart = true;
    private bool lastWasSpace;
    private bool pendingSpace;
    private InlineFormat pendingSpaceFormat;

    // The current run when it is exactly one source text, kept as that string instead of copied into `current`: most
    // paragraphs are one text node with single spaces, whose run is then the reader's string itself.
    private string? whole;

    /// <summary>Appends text.</summary>
    /// <param name="text">The text as the XML reader gave it.</param>
    /// <param name="preserve">Whether the text's white space is preserved.</param>
    /// <param name="format">The formatting around the text.</param>
    public void AppendText(string text, bool preserve, InlineFormat format)
    {
        if (!preserve && whole is null && current.Length == 0 && !pendingSpace && IsVerbatim(text))
        {
            // What the loop below would do: emit its words and single spaces, ending on a word.
            whole = text;
            currentFormat = format;
            lastWasSpace = false;
            atLineStart = false;
            return;
        }

        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (preserve)
            {
                if (c == '\n')
                {
                    AppendBreak(format);
                    i++;
                    continue;
                }

                FlushPendingSpace();
                int end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                Emit(text, i, end - i, format);
                char last = text[end - 1];
                lastWasSpace = last == ' ' || last == '\t';
                atLineStart = false;
                i = end;
            }
            else if (IsWhite(c))
            {
                if (!atLineStart && !lastWasSpace && !pendingSpace)
                {
                    pendingSpace = true;
                    pendingSpaceFormat = format;
                }

                i++;
            }
            else
            {
                FlushPendingSpace();
                int end = i + 1;
                while (end < text.Length && !IsWhite(text[end]))
                {
                    end++;
                }

                Emit(text, i, end - i, format);
                lastWasSpace = false;
                atLineStart = false;
                i = end;
            }
        }
    }

    /// <summary>Appends a line break; a collapsible space before it is dropped.</summary>
    /// <param name="format">The formatting around the break.</param>
    public void AppendBreak(InlineFormat format)
    {
        pendingSpace = false;
        FlushRun();
        runs.Add(new LayoutLineBreak(format));
        atLineStart = true;
        lastWasSpace = false;
    }

    /// <summary>Appends the page-number field.</summary>
    /// <param name="format">The formatting around the field.</param>
    public void AppendPageNumber(InlineFormat format)
    {
        FlushPendingSpace();
        FlushRun();
        runs.Add(new LayoutPageNumber(format));
        atLineStart = false;
        lastWasSpace = false;
    }

    /// <summary>Returns the runs of the paragraph (a trailing collapsible space dropped) and resets the builder.</summary>
    /// <returns>The runs; an empty array for an empty paragraph.</returns>
    public LayoutInline[] Build()
    {
        pendingSpace = false;
        FlushRun();
        LayoutInline[] result = runs.Count == 0 ? [] : [.. runs];
        runs.Clear();
        atLineStart = true;
        lastWasSpace = false;
        return result;
    }

    private void FlushPendingSpace()
    {
        if (pendingSpace)
        {
            pendingSpace = false;
            Emit(' ', pendingSpaceFormat);
            lastWasSpace = true;
        }
    }

    private static bool IsWhite(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r';

    /// <summary>Whether collapsing white space leaves the text as it is: no leading, trailing, double or other space.</summary>
    private static bool IsVerbatim(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[text.Length - 1] == ' ')
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\t' or '\n' or '\r' || (c == ' ' && text[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private void TakeWhole()
    {
        if (whole is not null)
        {
            current.Append(whole);
            whole = null;
        }
    }

    private void Emit(char c, InlineFormat format)
    {
        if ((whole is not null || current.Length > 0) && format != currentFormat)
        {
            FlushRun();
        }

        TakeWhole();
        currentFormat = format;
        current.Append(c);
    }

    private void Emit(string text, int start, int count, InlineFormat format)
    {
        if ((whole is not null || current.Length > 0) && format != currentFormat)
        {
            FlushRun();
        }

        TakeWhole();
        currentFormat = format;
        current.Append(text, start, count);
    }

    private void FlushRun()
    {
        if (whole is not null)
        {
            runs.Add(new LayoutText(whole, currentFormat));
            whole = null;
            return;
        }

        if (current.Length > 0)
        {
            runs.Add(new LayoutText(current.ToString(), currentFormat));
            current.Clear();
        }
    }
}
