using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;

namespace WorkPlan.Documents.Rendering;

/// <summary>
/// Renders work programmes with a template set into .docx and HTML. Both outputs come from the same layout markup,
/// which the set's Scriban partials produce from the programme's <see cref="ProgrammeViewModel"/>.
/// </summary>
/// <remarks>
/// <para>
/// Create one renderer per template set and share it: it parses each partial, the stylesheet and the column
/// declaration once, on first use, and caches them. Get the default Nghị định 30 set from
/// <c>Nd30Templates.Default</c> (package WorkPlan.Documents.Templates).
/// </para>
/// <para>
/// Errors: a template problem is a <see cref="TemplateException"/> naming the file, line and column in the partial —
/// including templates that exceed a limit: the time budget (<see cref="RenderOptions.TemplateTimeBudget"/>), the
/// loop, recursion or output limit, memory or the stack;
/// a stylesheet problem is a <see cref="StyleSheetException"/> naming the stylesheet, line and column. Both
/// are raised before anything is written to an output stream.
/// </para>
/// </remarks>
/// <threadsafety>Thread-safe: one instance serves concurrent renders.</threadsafety>
public sealed partial class WorkProgrammeRenderer
{
    private readonly TemplateEngine engine;
    private readonly Lazy<StyleSheet> styleSheet;
    private readonly Lazy<IReadOnlyList<ScheduleColumn>> columns;
    private readonly IClock clock;

    /// <summary>Creates a renderer.</summary>
    /// <param name="templates">The template set, e.g. <c>Nd30Templates.Default</c> or an override of it.</param>
    /// <param name="clock">The clock that dates the .docx core properties (created, modified); null for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="templates"/> is null.</exception>
    public WorkProgrammeRenderer(TemplateSet templates, IClock? clock = null)
    {
        engine = new TemplateEngine(templates ?? throw new ArgumentNullException(nameof(templates)));
        this.clock = clock ?? SystemClock.Instance;
        styleSheet = new Lazy<StyleSheet>(() => LoadStyleSheet(templates), LazyThreadSafetyMode.ExecutionAndPublication);
        columns = new Lazy<IReadOnlyList<ScheduleColumn>>(() => LoadColumns(templates), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the template set.</summary>
    public TemplateSet Templates => engine.Set;

    /// <summary>
    /// Gets the schedule columns the template set declares (<c>schedule-columns.json</c>), used when the render
    /// options name none.
    /// </summary>
    /// <exception cref="TemplateException">The declaration is missing or invalid.</exception>
    public IReadOnlyList<ScheduleColumn> DefaultColumns => columns.Value;

    /// <summary>Builds the view model the templates see for <paramref name="programme"/> (for template authors and tools).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">The render options; null for <see cref="RenderOptions.Default"/>.</param>
    /// <returns>The view model.</returns>
    public ProgrammeViewModel CreateViewModel(WorkProgramme programme, RenderOptions? options = null)
    {
        if (programme is null)
        {
            throw new ArgumentNullException(nameof(programme));
        }

        options ??= RenderOptions.Default;
        return ViewModelBuilder.Build(programme, options.Columns ?? columns.Value, options.SchedulePlacement, options.WeekdayForm);
    }

    /// <summary>
    /// Renders the layout markup, the intermediate document both outputs are written from (for template authors
    /// checking their partials; see <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see>).
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="options">The render options; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the render.</param>
    /// <returns>The markup, with the partial markers.</returns>
    /// <exception cref="TemplateException">A partial fails to parse or to run, or the templates exceed a limit (<see cref="RenderOptions.TemplateTimeBudget"/>, the loop, recursion or output limit; see <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md">docs/limits.md</see>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public string RenderMarkup(WorkProgramme programme, RenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ProgrammeViewModel model = CreateViewModel(programme, options);
        cancellationToken.ThrowIfCancellationRequested();
        using var markup = engine.RenderToBuffer(model, (options ?? RenderOptions.Default).TemplateTimeBudget, cancellationToken);
        return markup.ToString();
    }

    /// <summary>
    /// Renders the programme into a checked layout tree bound to the stylesheet, ready for either writer: the view
    /// model, the markup, the layout tree and the styles, resolved once. Every error of the markup is found here, so
    /// writers do not fail on it.
    /// </summary>
    /// <exception cref="TemplateException">A partial fails, or its markup is invalid or uses an undefined class.</exception>
    /// <exception cref="StyleSheetException">The stylesheet is outside the supported subset.</exception>
    internal (StyleResolver Styles, ProgrammeViewModel Model) RenderLayout(
        WorkProgramme programme, RenderOptions? options, CancellationToken cancellationToken)
    {
        StyleSheet sheet = styleSheet.Value;
        ProgrammeViewModel model = CreateViewModel(programme, options);
        cancellationToken.ThrowIfCancellationRequested();
        using var markup = engine.RenderToBuffer(model, (options ?? RenderOptions.Default).TemplateTimeBudget, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            LayoutDocument layout = LayoutMarkupReader.Read(markup.OpenReader());
            return (new StyleResolver(sheet, layout), model);
        }
        catch (LayoutMarkupException e)
        {
            throw engine.Errors.Report(e);
        }
    }

    private static StyleSheet LoadStyleSheet(TemplateSet templates)
    {
        IReadOnlyList<TemplateFile> files = templates.StyleSheetFiles();
        StyleSheet sheet = StyleSheet.Parse(files[0].Text, files[0].SourcePath);
        for (int i = 1; i < files.Count; i++)
        {
            sheet = sheet.Extend(StyleSheet.Parse(files[i].Text, files[i].SourcePath));
        }

        return sheet;
    }

    private static IReadOnlyList<ScheduleColumn> LoadColumns(TemplateSet templates)
    {
        TemplateFile file = templates.Find(TemplateSet.ColumnsFile)
            ?? throw new TemplateException(
                "the template set declares no schedule columns; add the file or pass RenderOptions.Columns.",
                null,
                TemplateSet.ColumnsFile,
                0,
                0);
        return ColumnDeclaration.Parse(file);
    }
}
