namespace WorkPlan.Documents.Rendering.TemplateChecking;

/// <summary>The nearest valid name to a misspelt one (Levenshtein distance), for "did you mean" suggestions.</summary>
/// <remarks>Hand-written: a dozen lines, and no package on the feed offers it for netstandard2.0 without more weight.</remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class NearestName
{
    /// <summary>Returns the candidate nearest to <paramref name="name"/>, or null when none is close (more than a third of the letters differ).</summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            int distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance > 0 && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    /// <summary>The suffix of a message: <c>; did you mean "x"?</c>, or nothing.</summary>
    public static string Suggest(string name, IEnumerable<string> candidates) =>
        Find(name, candidates) is { } nearest ? "; did you mean \"" + nearest + "\"?" : string.Empty;

    /// <summary>The Levenshtein distance between two strings (ordinal).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
