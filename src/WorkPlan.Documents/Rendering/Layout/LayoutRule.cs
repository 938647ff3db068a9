namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>How a rule sits in the width available to it (<c>align</c>).</summary>
internal enum RuleAlignment
{
    /// <summary>Centred.</summary>
    Center,

    /// <summary>Against the left edge.</summary>
    Left,

    /// <summary>Against the right edge.</summary>
    Right,
}

/// <summary>
/// A horizontal line under a text (<c>&lt;rule/&gt;</c>) whose length is a fraction of the rendered width of the
/// referenced paragraph's text, measured with the font metrics of its style (Nghị định 30: the tiêu ngữ rule is as
/// long as the text, the agency-name and trích yếu rules 1/3 to 1/2 of it).
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class LayoutRule : LayoutBlock
{
    /// <summary>Creates the rule.</summary>
    /// <param name="location">Where the element starts.</param>
    /// <param name="className">The rule's class (line style and spacing), or null.</param>
    /// <param name="fraction">The fraction of the text width, in (0, 1].</param>
    /// <param name="target">The paragraph whose text width is measured.</param>
    /// <param name="alignment">How the rule sits in the available width.</param>
    public LayoutRule(SourceLocation location, string? className, double fraction, LayoutParagraph target, RuleAlignment alignment)
        : base(location)
    {
        ClassName = className;
        Fraction = fraction;
        Target = target;
        Alignment = alignment;
    }

    /// <summary>Gets the rule's class, or null.</summary>
    public string? ClassName { get; }

    /// <summary>Gets the fraction of the text width, in (0, 1].</summary>
    public double Fraction { get; }

    /// <summary>Gets the paragraph whose text width is measured.</summary>
    public LayoutParagraph Target { get; }

    /// <summary>Gets how the rule sits in the available width.</summary>
    public RuleAlignment Alignment { get; }
}
