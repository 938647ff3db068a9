using System.Text;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// A stylesheet uses CSS outside the supported subset (see <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see>): a selector other than a class or
/// <c>body</c>, a property Word cannot express, a value of the wrong kind, an at-rule, or text that is not CSS.
/// The message names the source, the 1-based line and column, and the selector or property.
/// </summary>
public sealed class StyleSheetException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong and what was expected, without the location.</param>
    /// <param name="sourceName">The name of the stylesheet (a file name or resource name).</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <param name="column">The 1-based column, or 0 when unknown.</param>
    /// <param name="selector">The selector of the offending rule, or null.</param>
    /// <param name="propertyName">The offending property, or null.</param>
    public StyleSheetException(string reason, string sourceName, int line, int column, string? selector, string? propertyName)
        : base(Compose(reason, sourceName, line, column, selector, propertyName))
    {
        Reason = reason;
        SourceName = sourceName;
        Line = line;
        Column = column;
        Selector = selector;
        PropertyName = propertyName;
    }

    /// <summary>Gets what is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the name of the stylesheet.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>Gets the selector of the offending rule, or null.</summary>
    public string? Selector { get; }

    /// <summary>Gets the offending property, or null.</summary>
    public string? PropertyName { get; }

    private static string Compose(string reason, string source, int line, int column, string? selector, string? property)
    {
        var text = new StringBuilder(source);
        if (line > 0)
        {
            text.Append('(').Append(line).Append(',').Append(column).Append(')');
        }

        text.Append(": stylesheet error");
        if (selector is not null)
        {
            text.Append(" in '").Append(selector).Append('\'');
        }

        if (property is not null)
        {
            text.Append(", property '").Append(property).Append('\'');
        }

        return text.Append(": ").Append(reason).ToString();
    }
}
