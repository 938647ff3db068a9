namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>The root of the layout tree (<c>&lt;document&gt;</c>): the single source of both the .docx and the HTML.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="language">The BCP 47 language tag of the text (<c>lang</c>), e.g. <c>vi</c> or <c>vi-VN</c>.</param>
    /// <param name="title">The document title (<c>title</c>), or null.</param>
    /// <param name="sections">The sections, at least one.</param>
    /// <param name="classes">Every class the markup uses, with the kinds of element it is used on.</param>
    public LayoutDocument(
        string language,
        string? title,
        IReadOnlyList<LayoutSection> sections,
        IReadOnlyDictionary<string, ClassInfo> classes)
    {
        Language = language;
        Title = title;
        Sections = sections;
        Classes = classes;
    }

    /// <summary>Gets the BCP 47 language tag of the text.</summary>
    public string Language { get; }

    /// <summary>Gets the document title, or null.</summary>
    public string? Title { get; }

    /// <summary>Gets the sections in order.</summary>
    public IReadOnlyList<LayoutSection> Sections { get; }

    /// <summary>Gets every class the markup uses (ordinal keys), with the kinds of element it is used on.</summary>
    public IReadOnlyDictionary<string, ClassInfo> Classes { get; }
}
