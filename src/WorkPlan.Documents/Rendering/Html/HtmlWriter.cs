using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering.Html;

/// <summary>
/// Writes a layout document as one self-contained HTML5 page: UTF-8, the stylesheet embedded as CSS, print layout
/// by <c>@page</c> (one named page per section), Vietnamese text as literal characters.
/// </summary>
/// <threadsafety>Stateless and thread-safe; each call writes with its own state.</threadsafety>
internal static class HtmlWriter
{
    /// <summary>Writes the document.</summary>
    /// <param name="document">The layout document.</param>
    /// <param name="styles">The stylesheet.</param>
    /// <param name="output">Where the HTML goes; the caller owns it and its encoding (UTF-8 expected).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LayoutMarkupException">The markup uses a class the stylesheet does not define.</exception>
    public static void Write(LayoutDocument document, StyleSheet styles, TextWriter output)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document), "The layout document must not be null.");
        }

        if (styles is null)
        {
            throw new ArgumentNullException(nameof(styles), "The stylesheet must not be null.");
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output), "The output writer must not be null.");
        }

        new HtmlBodyWriter(new StyleResolver(styles, document), output).WriteDocument();
    }
}
