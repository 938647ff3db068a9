using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// Binds a layout document to a stylesheet for one render: checks that every class the markup uses is defined, and
/// answers the style questions both writers ask (a class's values, the table width, a cell's vertical alignment).
/// </summary>
/// <remarks>
/// Resolved once per render, right after the markup is read, and handed to the writer: the one place the markup's
/// classes are checked against the stylesheet, so writers never fail on markup.
/// </remarks>
/// <threadsafety>Immutable after construction and thread-safe to read.</threadsafety>
internal sealed class StyleResolver
{
    /// <summary>The font size when neither the stylesheet's body nor a class sets one (Word's and the browsers' 12 pt).</summary>
    public const double DefaultFontSize = 12.0;

    /// <summary>Binds <paramref name="document"/> to <paramref name="sheet"/>.</summary>
    /// <param name="sheet">The stylesheet.</param>
    /// <param name="document">The layout document.</param>
    /// <exception cref="LayoutMarkupException">The markup uses a class the stylesheet does not define.</exception>
    public StyleResolver(StyleSheet sheet, LayoutDocument document)
    {
        Sheet = sheet;
        Document = document;
        foreach (var entry in document.Classes)
        {
            if (!sheet.TryGetClass(entry.Key, out _))
            {
                var at = entry.Value.FirstUse;
                throw new LayoutMarkupException(
                    $"class '{entry.Key}' is not defined in the stylesheet (add a rule .{entry.Key} {{ … }}, or fix the name)",
                    at.PartialName, at.Line, at.Column, entry.Value.FirstElement, "class")
                {
                    AttributeValue = entry.Key,
                };
            }
        }
    }

    /// <summary>Gets the stylesheet.</summary>
    public StyleSheet Sheet { get; }

    /// <summary>Gets the document.</summary>
    public LayoutDocument Document { get; }

    /// <summary>Gets the values of <c>body</c>.</summary>
    public StyleProperties Body => Sheet.Body;

    /// <summary>Returns the values of a class, or nothing for null.</summary>
    /// <param name="className">The class, or null.</param>
    /// <returns>The values.</returns>
    public StyleProperties Class(string? className) =>
        className is not null && Sheet.TryGetClass(className, out var properties) ? properties : StyleProperties.Empty;

    /// <summary>Returns the usage of a class in the document.</summary>
    /// <param name="className">The class.</param>
    /// <returns>The kinds of element it is on.</returns>
    public ClassUsage UsageOf(string className) =>
        Document.Classes.TryGetValue(className, out var info) ? info.Usage : ClassUsage.None;

    /// <summary>Returns the width of a table in points: its <c>width</c>, else its class's, else 100% of the available width.</summary>
    /// <param name="table">The table.</param>
    /// <param name="available">The width available to the table.</param>
    /// <returns>The width in points.</returns>
    public double TableWidth(LayoutTable table, double available) =>
        (table.Width ?? Class(table.ClassName).Width ?? LayoutLength.FromPercent(100)).ToPoints(available);

    /// <summary>Returns where a cell's content sits: its <c>valign</c>, else its class's, else top.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The alignment.</returns>
    public CellVerticalAlignment VerticalAlignment(LayoutTableCell cell) =>
        cell.VerticalAlignment ?? Class(cell.ClassName).VerticalAlign ?? CellVerticalAlignment.Top;

    /// <summary>Returns the line a table draws for its <c>borders</c>: the table class's top border, else 0.5 pt solid black.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The line.</returns>
    public BorderLine TableLine(LayoutTable table)
    {
        var properties = Class(table.ClassName);
        return properties.BorderTop ?? properties.BorderBottom ?? properties.BorderLeft ?? properties.BorderRight ?? BorderLine.Default;
    }

    /// <summary>Returns the line of a rule: its class's top border, else its bottom border, else 0.5 pt solid black.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The line.</returns>
    public BorderLine RuleLine(LayoutRule rule)
    {
        var properties = Class(rule.ClassName);
        return properties.BorderTop ?? properties.BorderBottom ?? BorderLine.Default;
    }
}
