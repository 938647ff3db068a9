using System.Text;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Output;
using WorkPlan.Documents.Feeds;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering;

namespace WorkPlan.Documents.Cli.Batch;

/// <summary>
/// Renders many programme files in parallel with one shared renderer (it is thread-safe and caches the parsed
/// templates), reporting each finished input on the progress display. All or nothing per input, never across inputs:
/// each input is rendered whole in memory, in every format, then its files are written together
/// (<see cref="AtomicFile.WriteTogetherAsync"/>): either all of them replace the previous ones or none does.
/// </summary>
/// <remarks>
/// <para>
/// A failing input never stops or hides the others, whatever the failure: a programme that cannot be read (exit 3), a
/// template that fails on its data (4), a file that cannot be written (5), even a bug (70). Every failure is reported
/// as it happens and returned in input order for the summary.
/// </para>
/// <para>
/// The one exception is an error global to the run (<see cref="TemplateFailures.IsGlobal"/>: an invalid stylesheet, an
/// unreadable template file): every input would fail the same way, so it is reported once and the batch stops; the
/// inputs it did not render are returned as such, never silently dropped.
/// </para>
/// </remarks>
/// <threadsafety>One batch at a time per instance.</threadsafety>
internal sealed class BatchRenderer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly WorkProgrammeRenderer renderer;
    private readonly string outputFolder;
    private readonly OutputFormats formats;
    private readonly ProgressDisplay progress;
    private readonly IOutputFileSystem fileSystem;
    private readonly CalendarFeedOptions? feedOptions;
    private readonly RenderOptions? renderOptions;

    /// <summary>Creates a batch renderer.</summary>
    /// <param name="renderer">The shared renderer.</param>
    /// <param name="outputFolder">The folder the documents go to (created when the first is written).</param>
    /// <param name="formats">The formats each input is rendered in.</param>
    /// <param name="progress">Where finished inputs are reported.</param>
    /// <param name="fileSystem">The file system the documents are written through.</param>
    /// <param name="feedOptions">How calendar feeds are made (whose feed: <c>--person</c>); null for the defaults.</param>
    /// <param name="renderOptions">How documents are rendered (the columns: <c>--columns</c>); null for the defaults.</param>
    public BatchRenderer(WorkProgrammeRenderer renderer, string outputFolder, OutputFormats formats, ProgressDisplay progress, IOutputFileSystem fileSystem, CalendarFeedOptions? feedOptions = null, RenderOptions? renderOptions = null)
    {
        this.renderOptions = renderOptions;
        this.feedOptions = feedOptions;
        this.renderer = renderer ?? throw new ArgumentNullException(nameof(renderer));
        this.outputFolder = outputFolder ?? throw new ArgumentNullException(nameof(outputFolder));
        this.formats = formats != OutputFormats.None ? formats : throw new ArgumentException("At least one format is needed.", nameof(formats));
        this.progress = progress ?? throw new ArgumentNullException(nameof(progress));
        this.fileSystem = fileSystem ?? throw new ArgumentNullException(nameof(fileSystem));
    }

    /// <summary>Renders <paramref name="inputs"/>.</summary>
    /// <param name="inputs">The programme files.</param>
    /// <param name="parallelism">How many inputs render at once.</param>
    /// <param name="cancellationToken">Cancels the batch (Ctrl+C): inputs already written stay, none is half-written.</param>
    /// <returns>What failed and what was not rendered.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<BatchResult> RunAsync(IReadOnlyList<string> inputs, int parallelism, CancellationToken cancellationToken)
    {
        var rendered = new bool[inputs.Count];
        var failures = new BatchFailure?[inputs.Count];
        int stopped = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, inputs.Count), options, async (i, token) =>
            {
                BatchFailure failure;
                try
                {
                    IReadOnlyList<string> written = await RenderOneAsync(inputs[i], token).ConfigureAwait(false);
                    rendered[i] = true;
                    progress.Succeeded(inputs[i], written);
                    return;
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    // Stopped by a global error (reported) or by Ctrl+C (RunAsync throws below).
                    return;
                }
                catch (CliException ex) when (TemplateFailures.IsGlobal(ex))
                {
                    if (Interlocked.Exchange(ref stopped, 1) == 1)
                    {
                        // The same error met by another input at the same time: reported once, this input is not rendered.
                        return;
                    }

                    failure = new BatchFailure(inputs[i], ex.ExitCode, ex.ToOneLine());
                    await stop.CancelAsync().ConfigureAwait(false);
                }
                catch (CliException ex)
                {
                    failure = new BatchFailure(inputs[i], ex.ExitCode, ex.ToOneLine());
                }
                catch (Exception ex) when (ResourceExhaustion.Is(ex))
                {
                    CliException error = ResourceExhaustion.ToCliException(inputs[i], ex);
                    failure = new BatchFailure(inputs[i], error.ExitCode, error.ToOneLine());
                }
#pragma warning disable CA1031 // A bug met by one input must not cost the others: it is reported for that input, exit 70.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = new BatchFailure(
                        inputs[i],
                        ExitCodes.InternalError,
                        Diagnostics.Format(inputs[i], null, null, "internal error", $"{ex.GetType().Name}: {ex.Message} (please report this with the command line)"));
                }

                failures[i] = failure;
                progress.Failed(failure.Line);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Stopped by a global error; it is reported.
        }
        finally
        {
            progress.Complete();
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new BatchResult(
            inputs.Count,
            failures.OfType<BatchFailure>().ToList(),
            inputs.Where((_, i) => !rendered[i] && failures[i] is null).ToList(),
            stopped == 1);
    }

    private async Task<IReadOnlyList<string>> RenderOneAsync(string input, CancellationToken cancellationToken)
    {
        WorkProgramme programme = await ProgrammeFile.ReadAsync(input, cancellationToken).ConfigureAwait(false);
        var files = new List<FileContent>();
        foreach ((OutputFormats format, string extension) in OutputFormatsText.Each(formats))
        {
            string path = Path.Combine(outputFolder, BatchInputs.OutputName(input) + extension);
            files.Add(new FileContent(path, Render(programme, format, input, cancellationToken)));
        }

        await AtomicFile.WriteTogetherAsync(files, fileSystem, cancellationToken).ConfigureAwait(false);
        return files.Select(f => f.Path).ToList();
    }

    private byte[] Render(WorkProgramme programme, OutputFormats format, string input, CancellationToken cancellationToken)
    {
        try
        {
            return format switch
            {
                OutputFormats.Docx => renderer.RenderDocx(programme, renderOptions, cancellationToken),
                OutputFormats.Ics => Utf8NoBom.GetBytes(renderer.RenderIcs(programme, feedOptions)),
                OutputFormats.Holidays => Utf8NoBom.GetBytes(renderer.RenderHolidaysIcs(programme.Period, VietnameseHolidayCalendar.Default, feedOptions)),
                _ => Utf8NoBom.GetBytes(renderer.RenderHtml(programme, renderOptions, cancellationToken)),
            };
        }
        catch (TemplateException ex)
        {
            throw TemplateFailures.From(ex, input);
        }
        catch (StyleSheetException ex)
        {
            throw TemplateFailures.From(ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A template file of the --templates folder could not be read.
            throw TemplateFailures.Unreadable(ex);
        }
    }
}
