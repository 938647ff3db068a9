namespace WorkPlan.Documents.Linting;

/// <summary>The headers and footers a section shows, after inheritance from the sections before it.</summary>
/// <param name="Default">The default header (odd pages).</param>
/// <param name="First">The first-page header.</param>
/// <param name="Even">The even-page header.</param>
/// <param name="Footers">The footers of every type.</param>
internal sealed record SectionHeaders(ScannedHeader? Default, ScannedHeader? First, ScannedHeader? Even, IReadOnlyList<ScannedHeader> Footers)
{
    /// <summary>Gets every header and footer of the section.</summary>
    internal IEnumerable<ScannedHeader> All =>
        new[] { Default, First, Even }.Where(h => h is not null).Select(h => h!).Concat(Footers);
}
