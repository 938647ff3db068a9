using System.Globalization;

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
    internal string Required
    {
        get
        {
            var parts = new List<string> { Min == Max ? $"{Points(Min)} pt" : $"{Points(Min)}–{Points(Max)} pt" };
            if (Bold is { } bold)
            {
                parts.Add(bold ? "bold" : "not bold");
            }

            if (Italic is { } italic)
            {
                parts.Add(italic ? "italic" : "upright");
            }

            if (Capitals == true)
            {
                parts.Add("capitals");
            }

            return string.Join(", ", parts);
        }
    }

    /// <summary>Returns what differs from the expectation in the runs that carry text (e.g. "14 pt, not bold"), or null.</summary>
    /// <param name="runs">The element's runs.</param>
    /// <returns>The deviations, or null when there are none (or no run carries text).</returns>
    internal string? Deviations(IEnumerable<DocxRun> runs)
    {
        var text = runs.Where(r => r.CarriesText).ToList();
        if (text.Count == 0)
        {
            return null;
        }

        var found = new List<string>();
        double min = Min;
        double max = Max;
        var sizes = text.Select(r => r.Format.Points ?? UnsetPoints).Where(s => s < min - 0.01 || s > max + 0.01).Distinct().OrderBy(s => s).ToList();
        if (sizes.Count > 0)
        {
            string unset = text.Any(r => r.Format.Points is null) && sizes.Contains(UnsetPoints) ? " (no size set anywhere: the 10 pt default)" : string.Empty;
            found.Add(string.Join(" and ", sizes.Select(Points)) + " pt" + unset);
        }

        Check(found, text, r => r.Format.Bold == true, Bold, "bold", "not bold");
        Check(found, text, r => r.Format.Italic == true, Italic, "italic", "upright");
        if (Capitals == true && !text.All(TextKey.ShowsCapitals))
        {
            found.Add("not in capitals");
        }

        return found.Count == 0 ? null : string.Join(", ", found);
    }

    internal static string Points(double points) => points.ToString("0.#", CultureInfo.InvariantCulture);

    private static void Check(List<string> found, List<DocxRun> runs, Func<DocxRun, bool> has, bool? required, string yes, string no)
    {
        if (required is not { } want)
        {
            return;
        }

        int wrong = runs.Count(r => has(r) != want);
        if (wrong > 0)
        {
            found.Add((wrong < runs.Count ? "partly " : string.Empty) + (want ? no : yes));
        }
    }
}
