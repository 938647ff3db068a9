using System.Xml;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// The attributes of the element an <see cref="XmlReader"/> is on, checked against the names that element allows;
/// remembers each attribute's position for error messages.
/// </summary>
/// <remarks>Reused for every element of one read; not thread-safe.</remarks>
internal sealed class ElementAttributes
{
    private readonly List<(string Name, string Value, int Line, int Column)> items = [];

    /// <summary>Gets the name of the element the attributes belong to.</summary>
    public string ElementName { get; private set; } = string.Empty;

    /// <summary>Reads the attributes of the current element and leaves the reader on the element.</summary>
    /// <param name="xml">The reader, on an element.</param>
    /// <param name="allowed">The attribute names the element accepts.</param>
    /// <param name="fail">Raises the error for an attribute outside <paramref name="allowed"/>.</param>
    public void Load(XmlReader xml, string[] allowed, Action<string, int, int, string> fail)
    {
        items.Clear();
        ElementName = xml.LocalName;
        var info = (IXmlLineInfo)xml;
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                string name = xml.Name;
                if (Array.IndexOf(allowed, name) < 0)
                {
                    string reason = LayoutMarkupVocabulary.AttributeProblem(ElementName, name, allowed);
                    fail(name, info.LineNumber, info.LinePosition, reason);
                }

                items.Add((name, xml.Value, info.LineNumber, info.LinePosition));
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
    }

    /// <summary>Returns the value of an attribute, or null when absent.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The value, or null.</returns>
    public string? Get(string name)
    {
        foreach (var item in items)
        {
            if (item.Name == name)
            {
                return item.Value;
            }
        }

        return null;
    }

    /// <summary>Returns the 1-based line and column of an attribute (of its name).</summary>
    /// <param name="name">The attribute name; it must be present.</param>
    /// <returns>The position.</returns>
    public (int Line, int Column) PositionOf(string name)
    {
        foreach (var item in items)
        {
            if (item.Name == name)
            {
                return (item.Line, item.Column);
            }
        }

        return (0, 0);
    }
}
