namespace WorkPlan.Documents.Cli.Batch;

/// <summary>The formats <c>workplan render</c> writes (<c>--format docx,html,ics,holidays</c>).</summary>
[Flags]
internal enum OutputFormats
{
    /// <summary>No format.</summary>
    None = 0,

    /// <summary>A Word document (.docx).</summary>
    Docx = 1,

    /// <summary>A self-contained HTML page (.html).</summary>
    Html = 2,

    /// <summary>The programme's entries as an iCalendar feed (.ics).</summary>
    Ics = 4,

    /// <summary>The public holidays of the programme's period as an iCalendar feed of their own (.holidays.ics).</summary>
    Holidays = 8,

    /// <summary>The two documents, .docx and HTML: the default.</summary>
    All = Docx | Html,
}

/// <summary>Parses and names <see cref="OutputFormats"/>.</summary>
internal static class OutputFormatsText
{
    /// <summary>Parses values such as <c>docx</c>, <c>html</c>, <c>docx,html</c>; several values combine.</summary>
    /// <param name="values">The option's values, each possibly comma-separated.</param>
    /// <param name="error">What is wrong, when parsing fails.</param>
    /// <returns>The formats, or <see cref="OutputFormats.None"/> with <paramref name="error"/> set.</returns>
    public static OutputFormats Parse(IEnumerable<string> values, out string? error)
    {
        OutputFormats formats = OutputFormats.None;
        foreach (string part in values.SelectMany(v => v.Split(',')).Select(p => p.Trim()))
        {
            switch (part.ToUpperInvariant())
            {
                case "DOCX": formats |= OutputFormats.Docx; break;
                case "HTML": formats |= OutputFormats.Html; break;
                case "ICS": formats |= OutputFormats.Ics; break;
                case "HOLIDAYS": formats |= OutputFormats.Holidays; break;
                default:
                    error = $"unknown format '{part}'; use docx, html, ics or holidays, or several separated by commas (docx,html,ics).";
                    return OutputFormats.None;
            }
        }

        error = formats == OutputFormats.None ? "no format given; use docx, html, ics or holidays, or several separated by commas (docx,html,ics)." : null;
        return formats;
    }

    /// <summary>The file extensions of <paramref name="formats"/>, in a fixed order.</summary>
    public static IEnumerable<(OutputFormats Format, string Extension)> Each(OutputFormats formats)
    {
        if (formats.HasFlag(OutputFormats.Docx))
        {
            yield return (OutputFormats.Docx, ".docx");
        }

        if (formats.HasFlag(OutputFormats.Html))
        {
            yield return (OutputFormats.Html, ".html");
        }

        if (formats.HasFlag(OutputFormats.Ics))
        {
            yield return (OutputFormats.Ics, ".ics");
        }

        if (formats.HasFlag(OutputFormats.Holidays))
        {
            yield return (OutputFormats.Holidays, ".holidays.ics");
        }
    }
}
