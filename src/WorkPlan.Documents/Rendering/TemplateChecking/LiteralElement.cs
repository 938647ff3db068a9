namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>A start tag written in a template's literal text (the text between <c>{{ }}</c> blocks), with its attributes.</summary>
/// <param name="Name">The element's name as written.</param>
/// <param name="Line">The 1-based line of the tag's '&lt;' in the template file (where the layout reader reports the element).</param>
/// <param name="Column">The 1-based column of the '&lt;'.</param>
/// <param name="IsNameComplete">False when an expression follows the name at once (<c>&lt;p{{ x }}</c>): the written part may be a prefix.</param>
/// <param name="Attributes">The attributes written literally, in order.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record LiteralElement(string Name, int Line, int Column, bool IsNameComplete, IReadOnlyList<LiteralAttribute> Attributes)
{
    /// <summary>Returns the attribute of that name, or null.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The attribute, or null when not written literally.</returns>
    public LiteralAttribute? Find(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name && attribute.IsNameComplete)
            {
                return attribute;
            }
        }

        return null;
    }
}
