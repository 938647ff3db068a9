using System.Text;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.Templating;

namespace WorkPlan.Documents.Cli.Batch;

/// <summary>
/// Renders many programme files in parallel with one shared renderer (it is thread-safe and caches the parsed
/// templates), reporting each finished input on the progress display. Each input is rendered whole in memory, in every
/// format, before any of its files is written, and each file is written atomically: an input that fails leaves no file.
/// </summary>
/// <remarks>
/// A failure of one input (unreadable JSON) does not stop the others. A template or stylesheet failure does: it is a
/// problem of the template set that every remaining input would hit again, so the batch stops and reports it once.
/// </remarks>
/// <threadsafety>One batch at a time per instance.</threadsafety>
internal sealed class BatchRenderer(WorkProgrammeRenderer renderer, string outputFolder, OutputFormats formats, ProgressDisplay progress)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders <paramref name="inputs"/>; returns the failures in input order (empty when all succeeded).</summary>
    public async Task<IReadOnlyList<CliException>> RunAsync(IReadOnlyList<string> inputs, int parallelism, CancellationToken cancellationToken)
    {
        var failures = new CliException?[inputs.Count];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), options, async (i, token) =>
            {
                try
                {
                    IReadOnlyList<string> written = await RenderOneAsync(inputs[i], token).ConfigureAwait(false);
                    progress.Succeeded(inputs[i], written);
                }
                catch (CliException ex)
                {
                    failures[i] = ex;
                    progress.Failed(ex.ToOneLine());
                    if (ex.ExitCode == ExitCodes.InvalidTemplates)
                    {
                        await stop.CancelAsync().ConfigureAwait(false);
                    }
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stopped because the template set failed; that failure is reported.
        }
        finally
        {
            progress.Complete();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return failures.OfType<CliException>().ToList();
    }

    private async Task<IReadOnlyList<string>> RenderOneAsync(string input, CancellationToken cancellationToken)
    {
        WorkProgramme programme = await ProgrammeFile.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        var files = new List<(string Path, byte[] Content)>();
        foreach ((OutputFormats format, string extension) in OutputFormatsText.Each(formats))
        {
            string path = Path.Combine(outputFolder, BatchInputs.OutputName(input) + extension);
            files.Add((path, Render(programme, format, input, cancellationToken)));
        }

        foreach ((string path, byte[] content) in files)
        {
            await AtomicFile.WriteAsync(path, content, cancellationToken).ConfigureAwait(false);
        }

        return files.Select(f => f.Path).ToList();
    }

    private byte[] Render(WorkProgramme programme, OutputFormats format, string input, CancellationToken cancellationToken)
    {
        try
        {
            return format == OutputFormats.Docx
                ? renderer.RenderDocx(programme, null, cancellationToken)
                : Utf8NoBom.GetBytes(renderer.RenderHtml(programme, null, cancellationToken));
        }
        catch (TemplateException ex)
        {
            throw new CliException(ExitCodes.InvalidTemplates, ex.SourcePath ?? ex.PartialName, ex.Line > 0 ? ex.Line : null, ex.Line > 0 ? ex.Column : null, Because(ex.Reason, ex.PartialName, input), ex);
        }
        catch (StyleSheetException ex)
        {
            string what = ex.Selector is null ? ex.Reason : $"in '{ex.Selector}': {ex.Reason}";
            throw new CliException(ExitCodes.InvalidTemplates, ex.SourceName, ex.Line > 0 ? ex.Line : null, ex.Line > 0 ? ex.Column : null, Because(what, null, input), ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A template file of the --templates folder could not be read.
            throw new CliException(ExitCodes.InvalidTemplates, null, Because("a template file cannot be read: " + ex.Message, null, input), ex);
        }
    }

    private static string Because(string reason, string? partial, string input) =>
        (partial is null ? reason : $"[partial '{partial}'] {reason}") + $" (while rendering {input})";
}
