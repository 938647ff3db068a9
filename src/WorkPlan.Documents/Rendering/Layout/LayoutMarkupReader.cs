using System.Xml;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// Reads layout markup (the XHTML subset described in <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see> and <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/layout-markup.xsd">docs/layout-markup.xsd</see>) into a typed
/// <see cref="LayoutDocument"/>, checking every element, attribute and value.
/// </summary>
/// <remarks>
/// The XML is read with <see cref="XmlReader"/>: DTDs prohibited, no external resolution, comments ignored.
/// Processing instructions <c>&lt;?partial-begin NAME?&gt;</c> and <c>&lt;?partial-end NAME?&gt;</c> mark which
/// partial produced which markup; errors name the innermost one.
/// </remarks>
/// <threadsafety>Stateless and thread-safe; every call reads with its own state.</threadsafety>
internal static class LayoutMarkupReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = false,
        IgnoreWhitespace = false,
        CheckCharacters = true,
        CloseInput = true,
    };

    /// <summary>Reads a layout document.</summary>
    /// <param name="markup">The markup, a whole <c>&lt;document&gt;</c>.</param>
    /// <returns>The layout tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markup"/> is null.</exception>
    /// <exception cref="LayoutMarkupException">The markup is malformed or outside the vocabulary.</exception>
    public static LayoutDocument Read(string markup)
    {
        if (markup is null)
        {
            throw new ArgumentNullException(nameof(markup), "The layout markup must not be null.");
        }

        return Read(new StringReader(markup));
    }

    /// <summary>Reads a layout document from a reader (closed when done).</summary>
    /// <param name="markup">The markup, a whole <c>&lt;document&gt;</c>.</param>
    /// <returns>The layout tree.</returns>
    /// <exception cref="LayoutMarkupException">The markup is malformed or outside the vocabulary.</exception>
    internal static LayoutDocument Read(TextReader markup)
    {
        using var xml = XmlReader.Create(markup, Settings);
        return new MarkupParser(xml).ParseDocument();
    }
}
