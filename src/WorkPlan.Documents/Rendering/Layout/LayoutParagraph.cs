namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>A paragraph (<c>&lt;p&gt;</c>).</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutParagraph : LayoutBlock
{
    /// <summary>Creates the paragraph.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="id">The <c>id</c> a rule can refer to, or null.</param>
    /// <param name="className">The paragraph style class, or null.</param>
    /// <param name="keepWithNext">Whether the paragraph stays on the page of the next block.</param>
    /// <param name="content">The inline content; empty for an empty paragraph.</param>
    public LayoutParagraph(SourceLocation location, string? id, string? className, bool keepWithNext, IReadOnlyList<LayoutInline> content)
        : base(location)
    {
        Id = id;
        ClassName = className;
        KeepWithNext = keepWithNext;
        Content = content;
    }

    /// <summary>Gets the <c>id</c>, or null.</summary>
    public string? Id { get; }

    /// <summary>Gets the paragraph style class, or null.</summary>
    public string? ClassName { get; }

    /// <summary>Gets a value indicating whether the paragraph stays on the page of the next block.</summary>
    public bool KeepWithNext { get; }

    /// <summary>Gets the inline content.</summary>
    public IReadOnlyList<LayoutInline> Content { get; }

    /// <summary>Gets a value indicating whether some <see cref="LayoutRule"/> measures this paragraph.</summary>
    /// <remarks>
    /// A flag rather than a set the writers look paragraphs up in: every paragraph is asked, and hashing hundreds of
    /// fresh objects per render showed in profiles. Set only by the markup reader, before the tree is shared.
    /// </remarks>
    public bool IsRuleTarget { get; private set; }

    /// <summary>Marks the paragraph as measured by a rule (markup reader only).</summary>
    internal void MarkAsRuleTarget() => IsRuleTarget = true;
}
