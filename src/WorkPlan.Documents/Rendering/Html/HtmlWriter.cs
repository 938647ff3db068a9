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
    /// <param name="styles">The layout document bound to its stylesheet, resolved once for the render.</param>
    /// <param name="output">Where the HTML goes; the caller owns it and its encoding (UTF-8 expected).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(StyleResolver styles, TextWriter output)
    {
        if (styles is null)
        {
            throw new ArgumentNullException(nameof(styles), "The resolved styles must not be null.");
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output), "The output writer must not be null.");
        }

        new HtmlBodyWriter(styles, output).WriteDocument();
    }
}
