using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Docx;

/// <summary>
/// Which Word styles the classes become: a paragraph style for a class on <c>p</c>/<c>li</c>, or on a <c>td</c>,
/// <c>ul</c> or <c>table</c> whose text properties reach the paragraphs inside; a character style for a class on
/// <c>span</c> (named <c>class-char</c> when the class is also a paragraph style).
/// </summary>
/// <remarks>Immutable after construction; thread-safe to read.</remarks>
internal sealed class WordStyleIds
{
    private readonly StyleResolver styles;

    /// <summary>Decides the styles of a render.</summary>
    /// <param name="styles">The styles.</param>
    public WordStyleIds(StyleResolver styles) => this.styles = styles;

    /// <summary>Returns whether the class becomes a paragraph style.</summary>
    /// <param name="className">The class.</param>
    /// <returns>True for a paragraph style.</returns>
    public bool IsParagraphStyle(string className)
    {
        var usage = styles.UsageOf(className);
        return (usage & ClassUsage.Paragraph) != 0
            || ((usage & (ClassUsage.Cell | ClassUsage.List | ClassUsage.Table)) != 0 && styles.Class(className).HasTextProperties);
    }

    /// <summary>Returns whether the class becomes a character style.</summary>
    /// <param name="className">The class.</param>
    /// <returns>True for a character style.</returns>
    public bool IsCharacterStyle(string className) => (styles.UsageOf(className) & ClassUsage.Character) != 0;

    /// <summary>Returns the id of the character style of a class.</summary>
    /// <param name="className">The class.</param>
    /// <returns>The style id.</returns>
    public string CharacterStyleId(string className) => IsParagraphStyle(className) ? className + "-char" : className;
}
