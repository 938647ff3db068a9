using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// The paragraph properties of one level of the style hierarchy, or — layered by <see cref="Over"/> — a paragraph's
/// effective ones: alignment, spacing, indents and the top and bottom borders that draw ND30's rules.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class ParagraphFormat
{
    /// <summary>Nothing set.</summary>
    internal static readonly ParagraphFormat Empty = new();

    /// <summary>Gets the alignment (w:jc) as written: "left", "start", "center", "right", "end", "both", "distribute"…</summary>
    internal string? Alignment { get; private init; }

    /// <summary>Gets the space before, in twips.</summary>
    internal int? Before { get; private init; }

    /// <summary>Gets the space after, in twips.</summary>
    internal int? After { get; private init; }

    /// <summary>Gets the line spacing: 240ths of a line when <see cref="LineRule"/> is auto, else twips.</summary>
    internal int? Line { get; private init; }

    /// <summary>Gets the line rule: "auto", "exact" or "atLeast".</summary>
    internal string? LineRule { get; private init; }

    /// <summary>Gets the first-line indent in twips, negative for a hanging indent.</summary>
    internal int? FirstLine { get; private init; }

    /// <summary>Gets the left (start) indent in twips.</summary>
    internal int? Left { get; private init; }

    /// <summary>Gets the right (end) indent in twips.</summary>
    internal int? Right { get; private init; }

    /// <summary>Gets whether a top border is drawn.</summary>
    internal bool? TopBorder { get; private init; }

    /// <summary>Gets whether a bottom border is drawn.</summary>
    internal bool? BottomBorder { get; private init; }

    /// <summary>Gets the paragraph style (w:pStyle); only read from direct formatting.</summary>
    internal string? StyleId { get; private init; }

    /// <summary>Gets the numbering instance (w:numId) and level (w:ilvl), when the level names one.</summary>
    internal (int Id, int Level)? Numbering { get; private init; }

    /// <summary>Gets whether the alignment centres the paragraph.</summary>
    internal bool IsCentred => Alignment is "center";

    /// <summary>Gets whether the alignment justifies the paragraph on both margins.</summary>
    internal bool IsJustified => Alignment is "both" or "distribute" or "highKashida" or "mediumKashida" or "lowKashida" or "thaiDistribute";

    /// <summary>Returns this level over <paramref name="lower"/>.</summary>
    internal ParagraphFormat Over(ParagraphFormat lower)
    {
        if (ReferenceEquals(this, Empty))
        {
            return lower;
        }

        if (ReferenceEquals(lower, Empty))
        {
            return this;
        }

        return new ParagraphFormat
        {
            Alignment = Alignment ?? lower.Alignment,
            Before = Before ?? lower.Before,
            After = After ?? lower.After,
            Line = Line ?? lower.Line,
            LineRule = Line is null ? lower.LineRule : LineRule ?? "auto",
            FirstLine = FirstLine ?? lower.FirstLine,
            Left = Left ?? lower.Left,
            Right = Right ?? lower.Right,
            TopBorder = TopBorder ?? lower.TopBorder,
            BottomBorder = BottomBorder ?? lower.BottomBorder,
            StyleId = StyleId ?? lower.StyleId,
            Numbering = Numbering ?? lower.Numbering,
        };
    }

    /// <summary>Reads one level's paragraph properties (w:pPr of a paragraph, a style, the defaults or a numbering level).</summary>
    /// <param name="properties">The properties element, or null.</param>
    /// <returns>The level; <see cref="Empty"/> when nothing is set.</returns>
    internal static ParagraphFormat Read(OpenXmlElement? properties)
    {
        if (properties is null || !properties.HasChildren)
        {
            return Empty;
        }

        SpacingBetweenLines? spacing = properties.GetFirstChild<SpacingBetweenLines>();
        Indentation? indent = properties.GetFirstChild<Indentation>();
        ParagraphBorders? borders = properties.GetFirstChild<ParagraphBorders>();
        NumberingProperties? numbering = properties.GetFirstChild<NumberingProperties>();
        int? hanging = RunFormat.ParseInt(indent?.Hanging?.Value);
        int? first = RunFormat.ParseInt(indent?.FirstLine?.Value);
        int? numId = numbering?.NumberingId?.Val?.Value;
        return new ParagraphFormat
        {
            Alignment = properties.GetFirstChild<Justification>()?.Val?.InnerText,
            Before = RunFormat.ParseInt(spacing?.Before?.Value),
            After = RunFormat.ParseInt(spacing?.After?.Value),
            Line = RunFormat.ParseInt(spacing?.Line?.Value),
            LineRule = spacing?.LineRule?.InnerText,

            // Hanging and first line are one property with two signs; either one given replaces both below.
            FirstLine = hanging is { } h ? -h : first,
            Left = RunFormat.ParseInt(indent?.Left?.Value ?? indent?.Start?.Value),
            Right = RunFormat.ParseInt(indent?.Right?.Value ?? indent?.End?.Value),
            TopBorder = Drawn(borders?.TopBorder),
            BottomBorder = Drawn(borders?.BottomBorder),
            StyleId = properties.GetFirstChild<ParagraphStyleId>()?.Val?.Value,
            Numbering = numId is { } id ? (id, numbering?.NumberingLevelReference?.Val?.Value ?? 0) : null,
        };
    }

    private static bool? Drawn(BorderType? border) =>
        border is null ? null : border.Val is { } val && val.InnerText is not ("nil" or "none");
}
