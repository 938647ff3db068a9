namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// The limits of a stylesheet (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md">docs/limits.md</see>, "Stylesheet"): how many rules it may hold, and the range Word accepts
/// for each value, taken for the Word element the value ends up in. A value outside its range is refused when the
/// stylesheet is parsed, naming the property and the range, so that the writers never cast or clamp one.
/// </summary>
/// <remarks>
/// The lengths stop at 22 in (1584 pt, 31680 twips): the largest length Word accepts for page sizes, indents,
/// spacing and cell margins ([MS-OI29500] notes on pgSz and spacing; Word's Paragraph and Table Properties
/// dialogs). The schema types allow more (ST_TwipsMeasure is unbounded, tblCellMar's left and right a 16-bit
/// number), but Word does not open such values as written.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class StyleSheetLimits
{
    /// <summary>
    /// The most rules one stylesheet may hold. Each class becomes a Word style, and a work programme's templates use
    /// a few dozen; the limit keeps a runaway generated file from costing the parse and the styles part seconds.
    /// </summary>
    public const int MaxRules = 10_000;

    /// <summary>The longest font family name Word accepts ([MS-OI29500] 2.1.271: 1 to 31 characters).</summary>
    public const int MaxFontFamilyLength = 31;

    /// <summary>The smallest font size in points (w:sz is in half-points, from 2).</summary>
    public const double MinFontSize = 1;

    /// <summary>The largest font size in points (w:sz 3276 half-points, Word's 1638 pt).</summary>
    public const double MaxFontSize = 1638;

    /// <summary>The largest length Word accepts, in points (22 in).</summary>
    public const double MaxLength = 1584;

    /// <summary>margin-top and margin-bottom: w:spacing w:before and w:after (unsigned twips).</summary>
    public static readonly WordRange ParagraphSpacing = new(0, MaxLength, 20, "space before or after a paragraph");

    /// <summary>margin-left, margin-right and text-indent: w:ind w:left, w:right, w:firstLine and w:hanging (twips).</summary>
    public static readonly WordRange Indent = new(-MaxLength, MaxLength, 20, "an indent");

    /// <summary>padding-*: w:tcMar and w:tblCellMar (twips).</summary>
    public static readonly WordRange CellPadding = new(0, MaxLength, 20, "cell padding");

    /// <summary>An absolute width: w:tblW (twips).</summary>
    public static readonly WordRange TableWidth = new(0, MaxLength, 20, "a table width");

    /// <summary>
    /// A line height as a length: w:spacing w:line with lineRule exact (twips), from Word's smallest exact spacing
    /// (0.7 pt) to 22 in.
    /// </summary>
    public static readonly WordRange ExactLineHeight = new(0.7, MaxLength, 20, "a line height");

    /// <summary>A line height as a multiple: w:spacing w:line with lineRule auto (240ths of a line), 0.06 to 132 lines as in Word.</summary>
    public static readonly WordRange LineMultiple = new(0.06, 132, 240, "a line height");

    /// <summary>A border width other than 0 (no line): w:sz in eighths of a point, 2 to 96.</summary>
    public static readonly WordRange BorderWidth = new(0.25, 12, 8, "a border width");
}
