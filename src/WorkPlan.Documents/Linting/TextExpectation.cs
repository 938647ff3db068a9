using WorkPlan.Documents.Localization;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// What Nghị định 30 requires of an element's text — a size range in points, bold, italic or upright, capitals — and
/// the comparison with the effective formatting of the element's runs.
/// </summary>
/// <param name="Min">The smallest size allowed, in points.</param>
/// <param name="Max">The largest size allowed, in points.</param>
/// <param name="Bold">True: bold required; false: bold not allowed; null: either.</param>
/// <param name="Italic">True: italic required; false: upright required; null: either.</param>
/// <param name="Capitals">True: capitals required (in hoa); null: not checked.</param>
internal readonly record struct TextExpectation(double Min, double Max, bool? Bold, bool? Italic, bool? Capitals = null)
{
    /// <summary>The size a run has when no level of the hierarchy sets one (ECMA-376 Part 1, 17.3.2.38).</summary>
    private const double UnsetPoints = 10;

    /// <summary>Gets the requirement in words: "12–13 pt, bold, upright, capitals".</summary>
    internal LocalizedText Required
    {
        get
        {
            var size = Min == Max ? [Points(Min)] : new[] { Points(Min), LocalizedText.Literal("–"), Points(Max) };
            var parts = new List<LocalizedText> { LocalizedText.Join(string.Empty, [.. size, LocalizedText.Literal(" pt")]) };
            if (Bold is { } bold)
            {
                parts.Add(LintText.Of(bold ? "Style_Bold" : "Style_NotBold"));
            }

            if (Italic is { } italic)
            {
                parts.Add(LintText.Of(italic ? "Style_Italic" : "Style_Upright"));
            }

            if (Capitals == true)
            {
                parts.Add(LintText.Of("Style_Capitals"));
            }

            return LintText.List(parts);
        }
    }

    /// <summary>Returns what differs from the expectation in the runs that carry text (e.g. "14 pt, not bold"), or null.</summary>
    /// <param name="runs">The element's runs.</param>
    /// <returns>The deviations, or null when there are none (or no run carries text).</returns>
    internal LocalizedText? Deviations(IEnumerable<DocxRun> runs)
    {
        var text = runs.Where(r => r.CarriesText).ToList();
        if (text.Count == 0)
        {
            return null;
        }

        var found = new List<LocalizedText>();
        double min = Min;
        double max = Max;
        var sizes = text.Select(r => r.Format.Points ?? UnsetPoints).Where(s => s < min - 0.01 || s > max + 0.01).Distinct().OrderBy(s => s).ToList();
        if (sizes.Count > 0)
        {
            // "12 and 14 pt" ("12 và 14 pt"): the sizes with the language's "and" between each two.
            var words = new List<LocalizedText>();
            for (int i = 0; i < sizes.Count; i++)
            {
                if (i > 0)
                {
                    words.Add(LintText.Of("Style_SizesAnd"));
                }

                words.Add(Points(sizes[i]));
            }

            LocalizedText listed = LocalizedText.Join(string.Empty, words);
            found.Add(text.Any(r => r.Format.Points is null) && sizes.Contains(UnsetPoints)
                ? LintText.Of("Style_SizesUnset", listed)
                : LocalizedText.Join(string.Empty, [listed, LocalizedText.Literal(" pt")]));
        }

        Check(found, text, r => r.Format.Bold == true, Bold, "Style_Bold", "Style_NotBold");
        Check(found, text, r => r.Format.Italic == true, Italic, "Style_Italic", "Style_Upright");
        if (Capitals == true && !text.All(TextKey.ShowsCapitals))
        {
            found.Add(LintText.Of("Style_NotCapitals"));
        }

        return found.Count == 0 ? null : LintText.List(found);
    }

    internal static LocalizedText Points(double points) => LocalizedText.Number(points, "0.#");

    private static void Check(List<LocalizedText> found, List<DocxRun> runs, Func<DocxRun, bool> has, bool? required, string yes, string no)
    {
        if (required is not { } want)
        {
            return;
        }

        int wrong = runs.Count(r => has(r) != want);
        if (wrong > 0)
        {
            LocalizedText style = LintText.Of(want ? no : yes);
            found.Add(wrong < runs.Count ? LintText.Of("Style_Partly", style) : style);
        }
    }
}
