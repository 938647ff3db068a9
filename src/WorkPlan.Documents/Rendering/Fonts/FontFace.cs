namespace WorkPlan.Documents.Rendering.Fonts;

/// <summary>
/// The advance widths of one face of Liberation Serif (metric-compatible with Times New Roman), from the generated
/// <see cref="LiberationSerifMetrics"/> table.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class FontFace
{
    private readonly ushort[] advances;
    private readonly int average;

    /// <summary>Creates the face.</summary>
    /// <param name="advances">The advances for the code points of <see cref="LiberationSerifMetrics.RangeBounds"/>.</param>
    /// <param name="average">The advance used for characters the table does not cover.</param>
    public FontFace(ushort[] advances, int average)
    {
        this.advances = advances;
        this.average = average;
    }

    /// <summary>Gets the regular face.</summary>
    public static FontFace Regular { get; } = new(LiberationSerifMetrics.Regular, LiberationSerifMetrics.RegularAverage);

    /// <summary>Gets the bold face.</summary>
    public static FontFace Bold { get; } = new(LiberationSerifMetrics.Bold, LiberationSerifMetrics.BoldAverage);

    /// <summary>Gets the italic face.</summary>
    public static FontFace Italic { get; } = new(LiberationSerifMetrics.Italic, LiberationSerifMetrics.ItalicAverage);

    /// <summary>Gets the bold italic face.</summary>
    public static FontFace BoldItalic { get; } = new(LiberationSerifMetrics.BoldItalic, LiberationSerifMetrics.BoldItalicAverage);

    /// <summary>
    /// Gets the single line height as a multiple of the font size: (ascender − descender + line gap) / em, which is
    /// Word's "single" spacing and the browsers' <c>line-height: normal</c> for Times New Roman (≈ 1.149).
    /// </summary>
    public static double SingleLineHeight =>
        (double)(LiberationSerifMetrics.Ascender - LiberationSerifMetrics.Descender + LiberationSerifMetrics.LineGap) / LiberationSerifMetrics.UnitsPerEm;

    /// <summary>Returns the face for a weight and style.</summary>
    /// <param name="bold">Bold.</param>
    /// <param name="italic">Italic.</param>
    /// <returns>The face.</returns>
    public static FontFace Select(bool bold, bool italic) => bold
        ? (italic ? BoldItalic : Bold)
        : (italic ? Italic : Regular);

    /// <summary>Returns the advance width of a code point in font units (the face's average when not covered).</summary>
    /// <param name="codePoint">The code point.</param>
    /// <returns>The advance in units of <see cref="LiberationSerifMetrics.UnitsPerEm"/>.</returns>
    public int Advance(int codePoint)
    {
        int[] bounds = LiberationSerifMetrics.RangeBounds;
        int index = 0;
        for (int r = 0; r < bounds.Length; r += 2)
        {
            int first = bounds[r];
            int last = bounds[r + 1];
            if (codePoint < first)
            {
                break;
            }

            if (codePoint <= last)
            {
                ushort advance = advances[index + codePoint - first];
                return advance == ushort.MaxValue ? average : advance;
            }

            index += last - first + 1;
        }

        return average;
    }
}
