using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Docx;
using WorkPlan.Documents.Rendering.Output;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering;

/// <content>.docx output: A4, Times New Roman, Word styles from the stylesheet, byte-deterministic.</content>
public sealed partial class WorkProgrammeRenderer
{
    /// <summary>
    /// Renders the programme as a .docx. The same programme, options and clock give the same bytes on the same
    /// runtime; the creation date in the core properties comes from the renderer's clock.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The .docx package.</returns>
    /// <exception cref="Templating.TemplateException">A partial fails.</exception>
    /// <exception cref="Styling.StyleSheetException">The stylesheet is outside the supported subset.</exception>
    public byte[] RenderDocx(WorkProgramme programme, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var buffer = RenderToBuffer(OutputFormat.Docx, programme, options, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Renders the programme as a .docx and writes it to <paramref name="output"/>.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The stream to write to; nothing is written when the render fails.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    public void WriteDocx(WorkProgramme programme, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default) =>
        Write(OutputFormat.Docx, programme, output, options, cancellationToken);

    /// <summary>
    /// Renders the programme as a .docx and writes it to <paramref name="output"/> asynchronously. The render itself is
    /// CPU work done before the first write; the write is asynchronous.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="output">The stream to write to; nothing is written when the render fails.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render and the write.</param>
    /// <returns>A task that completes when the package is written.</returns>
    public Task WriteDocxAsync(WorkProgramme programme, Stream output, RenderOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(OutputFormat.Docx, programme, output, options, cancellationToken);

    /// <summary>Writes the .docx package of a resolved layout into <paramref name="buffer"/>.</summary>
    private void WriteDocx(StyleResolver styles, ProgrammeViewModel model, PooledBuffer buffer)
    {
        var info = new DocxPackageInfo(model.Title, string.Join(" ", model.Header.AgencyNameLines), clock.GetCurrentInstant());
        DocxWriter.Write(styles, buffer, info);
    }
}
