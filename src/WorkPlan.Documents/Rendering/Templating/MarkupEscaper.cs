using System.Text;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Escapes text for the layout markup (XML): only <c>&amp; &lt; &gt; " '</c> become entities, so Vietnamese letters
/// stay literal UTF-8 (Scriban's <c>html.escape</c> would entity-encode "à").
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class MarkupEscaper
{
    /// <summary>Escapes <paramref name="text"/> for element content and attribute values alike.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text; the same instance when nothing needs escaping.</returns>
    public static string Escape(string text)
    {
        int first = IndexOfSpecial(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static int IndexOfSpecial(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '&' or '<' or '>' or '"' or '\'')
            {
                return i;
            }
        }

        return -1;
    }
}
