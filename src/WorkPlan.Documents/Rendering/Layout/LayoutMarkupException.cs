using System.Text;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// The layout markup a template produced is not valid: malformed XML, an element or attribute outside the
/// vocabulary (see <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see>), a bad attribute value, or a structure the writers cannot render
/// (a table row that does not fill the grid, a rule with no text above it…). The message names the partial,
/// the line and column in the combined markup, the element and the attribute where they are known.
/// </summary>
/// <remarks>
/// The template engine wraps each partial's output in <c>&lt;?partial-begin NAME?&gt;</c> …
/// <c>&lt;?partial-end NAME?&gt;</c>; <see cref="PartialName"/> is the innermost partial around the offending
/// markup, so the error can be mapped back to that partial's own source.
/// </remarks>
public sealed class LayoutMarkupException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong and what was expected, without the location.</param>
    /// <param name="partialName">The partial the markup came from, or null.</param>
    /// <param name="markupLine">The 1-based line in the combined markup, or 0 when unknown.</param>
    /// <param name="markupColumn">The 1-based column in that line, or 0 when unknown.</param>
    /// <param name="elementName">The offending element's name, or null.</param>
    /// <param name="attributeName">The offending attribute's name, or null.</param>
    /// <param name="innerException">The exception that revealed the problem, or null.</param>
    internal LayoutMarkupException(
        string reason,
        string? partialName,
        int markupLine,
        int markupColumn,
        string? elementName,
        string? attributeName,
        Exception? innerException = null)
        : base(Compose(reason, partialName, markupLine, markupColumn, elementName, attributeName), innerException)
    {
        Reason = reason;
        PartialName = partialName;
        MarkupLine = markupLine;
        MarkupColumn = markupColumn;
        ElementName = elementName;
        AttributeName = attributeName;
    }

    /// <summary>Gets what is wrong and what was expected, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the refused attribute's value when known, so that the template error can find the tag that wrote it.</summary>
    internal string? AttributeValue { get; init; }

    /// <summary>Gets the name of the partial the offending markup came from, or null outside every partial.</summary>
    public string? PartialName { get; }

    /// <summary>Gets the 1-based line in the combined markup, or 0 when unknown.</summary>
    public int MarkupLine { get; }

    /// <summary>Gets the 1-based column in <see cref="MarkupLine"/>, or 0 when unknown.</summary>
    public int MarkupColumn { get; }

    /// <summary>Gets the name of the offending element, or null.</summary>
    public string? ElementName { get; }

    /// <summary>Gets the name of the offending attribute, or null.</summary>
    public string? AttributeName { get; }

    private static string Compose(string reason, string? partial, int line, int column, string? element, string? attribute)
    {
        var text = new StringBuilder("Layout markup error");
        if (partial is not null)
        {
            text.Append(" in partial '").Append(partial).Append('\'');
        }

        if (line > 0)
        {
            text.Append(" at line ").Append(line).Append(", column ").Append(column);
        }

        if (element is not null)
        {
            text.Append(", element <").Append(element).Append('>');
        }

        if (attribute is not null)
        {
            text.Append(", attribute '").Append(attribute).Append('\'');
        }

        return text.Append(": ").Append(reason).ToString();
    }
}
