namespace WorkPlan.Documents.Linting;

/// <summary>
/// Where in a .docx a finding of <see cref="Nd30Linter"/> points: the part (the document body, or a header or
/// footer part), the section, and the paragraph with an excerpt of its text.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class DocxLocation
{
    internal DocxLocation(string part, int? section, int? paragraphIndex, string? excerpt)
    {
        Part = part;
        Section = section;
        ParagraphIndex = paragraphIndex;
        Excerpt = excerpt;
    }

    /// <summary>Gets the part: "document" for the body, else the header's or footer's file name ("header1.xml").</summary>
    public string Part { get; }

    /// <summary>Gets the 1-based section of the body the finding concerns, or null when it concerns no section.</summary>
    public int? Section { get; }

    /// <summary>
    /// Gets the 1-based index of the paragraph in its part, counting every paragraph in document order, those in
    /// tables included; null for a finding about the page setup or the document as a whole.
    /// </summary>
    public int? ParagraphIndex { get; }

    /// <summary>Gets the start of the paragraph's text (lines joined by " / "), or null.</summary>
    public string? Excerpt { get; }

    /// <summary>Returns "document ¶12 "CỘNG HÒA XÃ HỘI…"", "section 1" or "header1.xml ¶1".</summary>
    /// <returns>The location on one line.</returns>
    public override string ToString()
    {
        string where = ParagraphIndex is { } index ? $"{Part} ¶{index}" : Section is { } section ? $"section {section}" : Part;
        return string.IsNullOrEmpty(Excerpt) ? where : $"{where} \"{Excerpt}\"";
    }
}
