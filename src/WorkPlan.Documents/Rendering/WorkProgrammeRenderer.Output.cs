using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Output;

namespace WorkPlan.Documents.Rendering;

/// <content>
/// What both outputs share: render into a pooled buffer, then hand the caller's stream the whole document or nothing.
/// </content>
public sealed partial class WorkProgrammeRenderer
{
    /// <summary>The output formats a render writes into a buffer.</summary>
    private enum OutputFormat
    {
        /// <summary>A .docx package (<see cref="WriteDocx(Styling.StyleResolver, ViewModel.ProgrammeViewModel, PooledBuffer)"/>).</summary>
        Docx,

        /// <summary>A UTF-8 HTML page (<see cref="WriteHtml(Styling.StyleResolver, PooledBuffer)"/>).</summary>
        Html,
    }

    /// <summary>Renders the programme and writes it to <paramref name="output"/>.</summary>
    private void Write(OutputFormat format, WorkProgramme programme, Stream output, RenderOptions? options, CancellationToken cancellationToken)
    {
        CheckOutput(output);
        using var buffer = RenderToBuffer(format, programme, options, cancellationToken);
        ArraySegment<byte> bytes = buffer.Written;
        output.Write(bytes.Array!, bytes.Offset, bytes.Count);
    }

    /// <summary>
    /// Renders the programme, then writes it to <paramref name="output"/> asynchronously; every failure, the argument
    /// checks included, is in the returned task.
    /// </summary>
    private async Task WriteAsync(OutputFormat format, WorkProgramme programme, Stream output, RenderOptions? options, CancellationToken cancellationToken)
    {
        CheckOutput(output);
        using var buffer = RenderToBuffer(format, programme, options, cancellationToken);
        ArraySegment<byte> bytes = buffer.Written;
#if NET8_0_OR_GREATER
        await output.WriteAsync(bytes.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
        await output.WriteAsync(bytes.Array!, bytes.Offset, bytes.Count, cancellationToken).ConfigureAwait(false);
#endif
    }

    /// <summary>
    /// Renders the programme into a new pooled buffer, which the caller disposes; the buffer goes back to the pool if
    /// the writer fails.
    /// </summary>
    private PooledBuffer RenderToBuffer(OutputFormat format, WorkProgramme programme, RenderOptions? options, CancellationToken cancellationToken)
    {
        var (styles, model) = RenderLayout(programme, options, cancellationToken);
        var buffer = new PooledBuffer(format == OutputFormat.Docx ? 16 * 1024 : 64 * 1024);
        try
        {
            if (format == OutputFormat.Docx)
            {
                WriteDocx(styles, model, buffer);
            }
            else
            {
                WriteHtml(styles, buffer);
            }

            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

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
