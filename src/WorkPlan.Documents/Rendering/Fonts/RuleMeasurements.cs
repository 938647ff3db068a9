using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Fonts;

/// <summary>
/// The text widths of the paragraphs rules refer to, recorded by a writer as it meets them (it knows their
/// inherited style there), and the rule lengths computed from them. Both writers use it, so a rule has the same
/// length in the .docx and the HTML.
/// </summary>
/// <remarks>One per render; not thread-safe.</remarks>
internal sealed class RuleMeasurements
{
    private readonly Dictionary<LayoutParagraph, double> widths = [];
    private readonly StyleResolver styles;

    /// <summary>Creates the store.</summary>
    /// <param name="styles">The styles of the render.</param>
    public RuleMeasurements(StyleResolver styles) => this.styles = styles;

    /// <summary>Measures <paramref name="paragraph"/> if a rule refers to it.</summary>
    /// <param name="paragraph">The paragraph being written.</param>
    /// <param name="effective">Its effective values (body, inherited, its class).</param>
    public void Record(LayoutParagraph paragraph, StyleProperties effective)
    {
        if (paragraph.IsRuleTarget)
        {
            widths[paragraph] = TextMeasurer.WidestLine(paragraph.Content, effective, styles);
        }
    }

    /// <summary>Returns the length of a rule in points: its fraction of the target's text width, at most <paramref name="available"/>.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="available">The width available to the rule.</param>
    /// <returns>The length in points, rounded to 1/20 pt (Word's twips) so both outputs agree exactly.</returns>
    public double LengthOf(LayoutRule rule, double available)
    {
        if (!widths.TryGetValue(rule.Target, out double text))
        {
            throw new InvalidOperationException($"The paragraph the rule at {rule.Location} measures was not written before the rule.");
        }

        double length = Math.Min(rule.Fraction * text, available);
        return Math.Round(length * 20.0, MidpointRounding.AwayFromZero) / 20.0;
    }
}
