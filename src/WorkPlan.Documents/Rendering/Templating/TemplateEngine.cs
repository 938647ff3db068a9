using Scriban.Runtime;
using Scriban.Syntax;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Renders a template set's partials into layout markup: gives every render a fresh context with explicit limits
/// and escapes every written value. The partials are parsed once, in <see cref="Partials"/>; errors are reported at
/// the partial's own line and column by <see cref="Errors"/>.
/// </summary>
/// <threadsafety>Thread-safe: one engine serves concurrent renders.</threadsafety>
internal sealed class TemplateEngine
{
    /// <summary>
    /// Scriban's loop limit, shared by nested loops. The seed month takes about 1,000 iterations (31 days, 190 rows,
    /// their cells); the limit leaves room for 100 times that and more, and still stops a runaway loop.
    /// </summary>
    public const int LoopLimit = 1_000_000;

    /// <summary>The call-depth limit: partials nest three deep in the default set.</summary>
    public const int RecursiveLimit = 64;

    /// <summary>
    /// The most characters of layout markup one render writes: 50,000,000. The largest programme the model accepts
    /// (<see cref="Model.ProgrammeLimits"/>) makes about 11,000,000 with the default set; the limit leaves a template set
    /// four times as verbose room, and stops a runaway one before its markup (two bytes a character, doubled as the
    /// buffer grows) takes more than a few hundred megabytes.
    /// </summary>
    public const int OutputLimit = 50_000_000;

    private readonly PartialFunction partialFunction;
    private readonly int outputLimit;

    // The length of the last render's markup, to size the next one's buffer; read and written without locks by
    // concurrent renders, which is harmless: any value is a valid hint.
    private int expectedLength;

    /// <summary>Creates the engine of <paramref name="set"/>, with its own partial cache.</summary>
    /// <param name="set">The template set.</param>
    /// <param name="outputLimit">The most characters of markup a render writes; <see cref="OutputLimit"/> but in tests.</param>
    /// <exception cref="ArgumentNullException"><paramref name="set"/> is null.</exception>
    public TemplateEngine(TemplateSet set, int outputLimit = OutputLimit)
    {
        this.outputLimit = outputLimit;
        Partials = new PartialCache(set ?? throw new ArgumentNullException(nameof(set)));
        Errors = new TemplateErrorReporter(Partials);
        partialFunction = new PartialFunction(Partials);
    }

    /// <summary>Gets the template set.</summary>
    public TemplateSet Set => Partials.Set;

    /// <summary>Gets the set's compiled partials.</summary>
    public PartialCache Partials { get; }

    /// <summary>
    /// The default budget of template work per render (the facade's <c>RenderOptions.DefaultTemplateTimeBudget</c>):
    /// the largest programme the limits allow took up to 18 s of wall time on a loaded 2-core machine (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md">docs/limits.md</see>).
    /// </summary>
    public static TimeSpan DefaultTimeBudget { get; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the reporter that places the set's errors in the partials' sources.</summary>
    public TemplateErrorReporter Errors { get; }

    /// <summary>
    /// Renders the <see cref="TemplateSet.DocumentPartial"/> partial for <paramref name="model"/> within
    /// <see cref="DefaultTimeBudget"/>.
    /// </summary>
    /// <param name="model">The view model.</param>
    /// <param name="cancellationToken">Stops the render between template statements.</param>
    /// <returns>The layout markup, with partial markers.</returns>
    /// <exception cref="TemplateException">A partial fails to parse or to run, or runs out of time.</exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public string Render(ProgrammeViewModel model, CancellationToken cancellationToken)
    {
        using MarkupBuffer markup = RenderToBuffer(model, DefaultTimeBudget, cancellationToken);
        return markup.ToString();
    }

    /// <summary>
    /// Renders the <see cref="TemplateSet.DocumentPartial"/> partial for <paramref name="model"/> into a pooled buffer
    /// the caller reads (<see cref="MarkupBuffer.OpenReader"/>) and disposes: no string of the markup is made.
    /// </summary>
    /// <remarks>
    /// The template time budget is a second cancellation source linked to the caller's token, so Scriban stops at the
    /// same points for either; which one fired decides the error: the caller's gives
    /// <see cref="OperationCanceledException"/>, the budget's a <see cref="TemplateException"/> naming it.
    /// </remarks>
    /// <param name="model">The view model.</param>
    /// <param name="timeBudget">How long the templates may run; <see cref="Timeout.InfiniteTimeSpan"/> for no limit.</param>
    /// <param name="cancellationToken">Stops the render between template statements.</param>
    /// <returns>The layout markup, with partial markers, in a buffer the caller owns.</returns>
    /// <exception cref="TemplateException">
    /// A partial fails to parse or to run, or the templates run out of time (<see cref="Exception.InnerException"/> is
    /// a <see cref="TimeoutException"/>), write more than <see cref="OutputLimit"/>, or exhaust memory or the stack.
    /// </exception>
    /// <exception cref="OperationCanceledException">The render was cancelled.</exception>
    public MarkupBuffer RenderToBuffer(ProgrammeViewModel model, TimeSpan timeBudget, CancellationToken cancellationToken)
    {
        CompiledPartial document = Partials.Find(TemplateSet.DocumentPartial)
            ?? throw new TemplateException(
                "the template set has no document partial, the entry point of every render.",
                TemplateSet.DocumentPartial,
                TemplateSet.PartialFileName(TemplateSet.DocumentPartial),
                0,
                0);

        var context = new MarkupTemplateContext(new RenderBuiltins())
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = 0,
            OutputLimit = 0,
            NewLine = "\n",
        };
        ScriptObject globals = ScriptModel.Create(model, 3);
        globals.SetValue("partial", partialFunction, false);
        globals.SetValue("include", partialFunction, false);
        globals.SetValue("raw", RawFunction.Instance, false);
        context.PushGlobal(globals);

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeBudget != Timeout.InfiniteTimeSpan)
        {
            budget.CancelAfter(timeBudget);
        }

        context.CancellationToken = budget.Token;
        context.LimitTime(budget, timeBudget);

        // The document renders straight into the render's buffer, between its markers, as partials do
        // (PartialFunction): the text is copied once, into the result.
        var buffer = new MarkupBuffer(expectedLength + (expectedLength / 8), outputLimit);
        try
        {
            buffer.Write(document.BeginMarker, 0, document.BeginMarker.Length);
            context.PushOutput(buffer);
            context.PushOutput(new PartialOutput(buffer, buffer, null));
            document.Template.Render(context);
            buffer.Write(document.EndMarker, 0, document.EndMarker.Length);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            buffer.Dispose();
            throw new OperationCanceledException("The render was cancelled.", cancellationToken);
        }
        catch (Exception e) when (budget.IsCancellationRequested && e is ScriptAbortException or OperationCanceledException)
        {
            // Scriban's way of stopping for the token (a genuine error thrown just after the budget ran out is not this).
            buffer.Dispose();
            throw Errors.ReportTimeBudget(timeBudget, e);
        }
        catch (ScriptRuntimeException e)
        {
            buffer.Dispose();
            throw Errors.Report(e);
        }
        catch (Exception e) when (e is OutOfMemoryException or InsufficientExecutionStackException or MarkupOutputLimitException)
        {
            // Met outside a statement (Scriban wraps those met inside one in a ScriptRuntimeException, handled above).
            buffer.Dispose();
            throw TemplateErrorReporter.ReportExhausted(e);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }

        expectedLength = buffer.Length;
        return buffer;
    }
}
