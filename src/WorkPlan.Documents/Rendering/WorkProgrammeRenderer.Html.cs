using System.Text;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Html;
using WorkPlan.Documents.Rendering.Output;

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
        var (layout, styles, _) = RenderLayout(programme, options, cancellationToken);
        return MapLayoutErrors(() =>
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            HtmlWriter.Write(layout, styles, writer);
            return writer.ToString();
        });
    }

    /// <summary>Renders the programme as HTML and writes it to <paramref name="output"/> as UTF-8 (no byte order mark).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The stream to write to; nothing is written when the render fails.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    public void WriteHtml(WorkProgramme programme, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckOutput(output);
        using var buffer = WriteHtml(programme, options, cancellationToken);
        WriteAll(output, buffer.Written);
    }

    /// <summary>
    /// Renders the programme as HTML and writes it to <paramref name="output"/> asynchronously as UTF-8 (no byte order
    /// mark). The render itself is CPU work done before the first write; the write is asynchronous.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The stream to write to; nothing is written when the render fails.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render and the write.</param>
    /// <returns>A task that completes when the page is written.</returns>
    public async Task WriteHtmlAsync(WorkProgramme programme, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        CheckOutput(output);
        using var buffer = WriteHtml(programme, options, cancellationToken);
        await WriteAllAsync(output, buffer.Written, cancellationToken).ConfigureAwait(false);
    }

    private static Task WriteAllAsync(Stream output, ArraySegment<byte> bytes, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        output.WriteAsync(bytes.AsMemory(), cancellationToken).AsTask();
#else
        output.WriteAsync(bytes.Array!, bytes.Offset, bytes.Count, cancellationToken);
#endif

    /// <summary>
    /// Renders the page as UTF-8 into a pooled buffer (no string of the page, no second copy): the caller's stream
    /// gets the whole page or nothing.
    /// </summary>
    private PooledBuffer WriteHtml(WorkProgramme programme, RenderOptions? options, CancellationToken cancellationToken)
    {
        var (layout, styles, _) = RenderLayout(programme, options, cancellationToken);
        return Buffered(64 * 1024, buffer =>
        {
            using var writer = new StreamWriter(buffer, Utf8NoBom, 16 * 1024, leaveOpen: true);
            HtmlWriter.Write(layout, styles, writer);
        });
    }

    /// <summary>
    /// Runs a writer over a new pooled buffer, mapping layout errors to template errors; the buffer goes back to the
    /// pool if the writer fails. The caller disposes the buffer it gets.
    /// </summary>
    private PooledBuffer Buffered(int capacity, Action<PooledBuffer> write)
    {
        var buffer = new PooledBuffer(capacity);
        try
        {
            MapLayoutErrors(() =>
            {
                write(buffer);
                return buffer;
            });
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private static void WriteAll(Stream output, ArraySegment<byte> bytes) => output.Write(bytes.Array!, bytes.Offset, bytes.Count);

    private static void CheckOutput(Stream output)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }
    }
}
