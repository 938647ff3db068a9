namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>The page geometry and numbering of a <see cref="LayoutSection"/>.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed record PageSetup
{
    /// <summary>Gets the paper.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>Gets the orientation.</summary>
    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    /// <summary>Gets the top margin.</summary>
    public LayoutLength MarginTop { get; init; } = LayoutLength.FromMillimetres(25.4);

    /// <summary>Gets the bottom margin.</summary>
    public LayoutLength MarginBottom { get; init; } = LayoutLength.FromMillimetres(25.4);

    /// <summary>Gets the left margin.</summary>
    public LayoutLength MarginLeft { get; init; } = LayoutLength.FromMillimetres(25.4);

    /// <summary>Gets the right margin.</summary>
    public LayoutLength MarginRight { get; init; } = LayoutLength.FromMillimetres(25.4);

    /// <summary>Gets the distance from the top edge of the page to the page header.</summary>
    public LayoutLength HeaderMargin { get; init; } = LayoutLength.FromMillimetres(12.7);

    /// <summary>Gets the distance from the bottom edge of the page to the page footer.</summary>
    public LayoutLength FooterMargin { get; init; } = LayoutLength.FromMillimetres(12.7);

    /// <summary>Gets how pages are numbered.</summary>
    public PageNumbering Numbering { get; init; } = PageNumbering.Continue;

    /// <summary>Gets the number of the first page when <see cref="Numbering"/> is <see cref="PageNumbering.Restart"/>.</summary>
    public int NumberingStart { get; init; } = 1;

    /// <summary>Gets whether the header shows on the first page.</summary>
    public FirstPageHeader FirstPageHeader { get; init; } = FirstPageHeader.Same;

    /// <summary>Gets the page width in points, after orientation.</summary>
    public double PageWidthPoints => Orientation == PageOrientation.Portrait ? ShortSide : LongSide;

    /// <summary>Gets the page height in points, after orientation.</summary>
    public double PageHeightPoints => Orientation == PageOrientation.Portrait ? LongSide : ShortSide;

    /// <summary>Gets the width between the left and right margins, in points.</summary>
    public double ContentWidthPoints => PageWidthPoints - MarginLeft.Value - MarginRight.Value;

    /// <summary>Gets the paper's short side in millimetres.</summary>
    public int ShortSideMillimetres => Paper switch
    {
        PaperSize.A5 => 148,
        PaperSize.A3 => 297,
        _ => 210,
    };

    /// <summary>Gets the paper's long side in millimetres.</summary>
    public int LongSideMillimetres => Paper switch
    {
        PaperSize.A5 => 210,
        PaperSize.A3 => 420,
        _ => 297,
    };

    private double ShortSide => ShortSideMillimetres * LayoutLength.PointsPerMillimetre;

    private double LongSide => LongSideMillimetres * LayoutLength.PointsPerMillimetre;
}
