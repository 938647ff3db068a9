namespace WorkPlan.Documents.Linting;

/// <summary>A visible run of a paragraph: its text, its effective formatting and the line of the paragraph it is on.</summary>
/// <param name="Text">The text (tabs as "\t"; line breaks end a line and are not part of any run).</param>
/// <param name="Format">The effective formatting.</param>
/// <param name="Line">The 0-based line of the paragraph (lines are separated by w:br and w:cr).</param>
internal sealed record DocxRun(string Text, RunFormat Format, int Line)
{
    /// <summary>Gets whether the run carries text (not only white space).</summary>
    internal bool CarriesText => !string.IsNullOrWhiteSpace(Text);
}
