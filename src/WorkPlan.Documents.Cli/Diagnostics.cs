using System.Globalization;
using System.Text;

namespace WorkPlan.Documents.Cli;

/// <summary>
/// Formats messages the way compilers do (<c>file(line,column): severity: message</c>), one line each, so editors
/// and CI logs can link them to the file.
/// </summary>
internal static class Diagnostics
{
    public static string Format(string? file, long? line, long? column, string severity, string message)
    {
        var text = new StringBuilder();
        if (file is not null)
        {
            text.Append(file);
            if (line is not null)
            {
                text.Append('(').Append(line.Value.ToString(CultureInfo.InvariantCulture));
                if (column is not null)
                {
                    text.Append(',').Append(column.Value.ToString(CultureInfo.InvariantCulture));
                }

                text.Append(')');
            }

            text.Append(": ");
        }

        return text.Append(severity).Append(": ").Append(OneLine(message)).ToString();
    }

    /// <summary>Folds a message onto one line: line breaks and runs of white space become one space.</summary>
    public static string OneLine(string message)
    {
        var text = new StringBuilder(message.Length);
        bool space = false;
        foreach (char c in message.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
