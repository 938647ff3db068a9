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

    /// <summary>Appends text.</summary>
    /// <param name="text">The text as the XML reader gave it.</param>
    /// <param name="preserve">Whether the text's white space is preserved.</param>
    /// <param name="format">The formatting around the text.</param>
    public void AppendText(string text, bool preserve, InlineFormat format)
    {
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

    private void Emit(char c, InlineFormat format)
    {
        if (current.Length > 0 && format != currentFormat)
        {
            FlushRun();
        }

        currentFormat = format;
        current.Append(c);
    }

    private void Emit(string text, int start, int count, InlineFormat format)
    {
        if (current.Length > 0 && format != currentFormat)
        {
            FlushRun();
        }

        currentFormat = format;
        current.Append(text, start, count);
    }

    private void FlushRun()
    {
        if (current.Length > 0)
        {
            runs.Add(new LayoutText(current.ToString(), currentFormat));
            current.Clear();
        }
    }
}
