namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>The names of the layout markup (v1): elements, and the markers a list may use. See docs/templates.md.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class LayoutMarkupVocabulary
{
    /// <summary>The processing instruction that opens a partial's output: <c>&lt;?partial-begin NAME?&gt;</c>.</summary>
    public const string PartialBegin = "partial-begin";

    /// <summary>The processing instruction that closes a partial's output: <c>&lt;?partial-end NAME?&gt;</c>.</summary>
    public const string PartialEnd = "partial-end";

    /// <summary>The list markers <c>&lt;ul marker="…"&gt;</c> accepts (hyphen-minus, en dash, plus, bullet).</summary>
    public static readonly IReadOnlyList<string> ListMarkers = ["-", "\u2013", "+", "\u2022"];

    /// <summary>The inline elements, allowed in <c>p</c>, <c>li</c> and <c>span</c>.</summary>
    public static readonly IReadOnlyList<string> InlineElements = ["span", "b", "i", "u", "br", "page-number"];

    /// <summary>Returns whether <paramref name="name"/> is a usable class name (a CSS identifier: letters, digits, '-', '_', not starting with a digit).</summary>
    /// <param name="name">The class attribute's value.</param>
    /// <returns>True for one identifier.</returns>
    public static bool IsClassName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]) || (name[0] == '-' && (name.Length == 1 || char.IsDigit(name[1]))))
        {
            return false;
        }

        foreach (char c in name)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
