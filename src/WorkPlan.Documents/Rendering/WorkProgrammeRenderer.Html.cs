using System.Text;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Html;
using WorkPlan.Documents.Rendering.Output;
using WorkPlan.Documents.Rendering.Styling;

namespace WorkPlan.Documents.Rendering;

/// <content>HTML output: one self-contained UTF-8 page, A4 print layout.</content>
public sealed partial class WorkProgrammeRenderer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders the programme as one self-contained HTML page (CSS inline, A4 print layout via <c>@page</c>).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="Templating.TemplateException">A partial fails.</exception>
    /// <exception cref="Styling.StyleSheetException">The stylesheet is outside the supported subset.</exception>
    public string RenderHtml(WorkProgramme programme, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (styles, _) = RenderLayout(programme, options, cancellationToken);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        HtmlWriter.Write(styles, writer);
        return writer.ToString();
    }

    /// <summary>Renders the programme as HTML and writes it to <paramref name="output"/> as UTF-8 (no byte order mark).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The stream to write to; nothing is written when the render fails.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    public void WriteHtml(WorkProgramme programme, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default) =>
        Write(OutputFormat.Html, programme, output, options, cancellationToken);

    /// <summary>
    /// Renders the programme as HTML and writes it to <paramref name="output"/> asynchronously as UTF-8 (no byte order
    /// mark). The render itself is CPU work done before the first write; the write is asynchronous.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The stream to write to; nothing is written when the render fails.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render and the write.</param>
    /// <returns>A task that completes when the page is written.</returns>
    public Task WriteHtmlAsync(WorkProgramme programme, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(OutputFormat.Html, programme, output, options, cancellationToken);

    /// <summary>
    /// Writes the page of a resolved layout as UTF-8 into <paramref name="buffer"/> (no string of the page, no second
    /// copy).
    /// </summary>
    private static void WriteHtml(StyleResolver styles, PooledBuffer buffer)
    {
        using var writer = new StreamWriter(buffer, Utf8NoBom, 16 * 1024, leaveOpen: true);
        HtmlWriter.Write(styles, writer);
    }
}
