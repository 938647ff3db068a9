namespace WorkPlan.Documents.Linting;

/// <summary>
/// Finds the horizontal line (đường kẻ) Nghị định 30 draws under the Tiêu ngữ, the agency name and the trích yếu,
/// however a tool draws it: a bottom border on the paragraph, a top or bottom border on an empty paragraph below,
/// a drawn line shape anchored there, or a line of underscores (as the decree's own files have).
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class RuleLine
{
    /// <summary>Returns whether a line is drawn under <paramref name="paragraph"/>.</summary>
    /// <param name="paragraph">The paragraph the line belongs under.</param>
    /// <param name="all">Every paragraph of the part, in order.</param>
    /// <returns>True when a line is found in the paragraph or in the two paragraphs after it (in the same cell).</returns>
    internal static bool Below(DocxParagraph paragraph, IReadOnlyList<DocxParagraph> all)
    {
        if (paragraph.Format.BottomBorder == true || paragraph.HasShape)
        {
            return true;
        }

        for (int i = paragraph.Index; i < all.Count && i < paragraph.Index + 2; i++)
        {
            DocxParagraph next = all[i];
            if (next.Cell != paragraph.Cell)
            {
                break;
            }

            if (next.IsRule)
            {
                return true;
            }

            if (next.HasText)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>Returns whether every run carrying text is underlined (a line as long as the text).</summary>
    internal static bool Underlined(IEnumerable<DocxRun> runs)
    {
        var text = runs.Where(r => r.CarriesText).ToList();
        return text.Count > 0 && text.All(r => r.Format.Underline == true);
    }
}
