using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Rendering;

/// <summary>
/// What may change from one render to the next with the same renderer: the schedule's columns, where the schedule
/// is placed, how weekdays are written and how long the templates may run. Templates and stylesheets belong to the renderer's template set.
/// </summary>
/// <threadsafety>Immutable and thread-safe once constructed.</threadsafety>
public sealed class RenderOptions
{
    private readonly IReadOnlyList<ScheduleColumn>? columns;
    private readonly SchedulePlacement placement;
    private readonly WeekdayForm weekdayForm;
    private readonly TimeSpan templateTimeBudget = DefaultTemplateTimeBudget;

    /// <summary>
    /// Gets the default <see cref="TemplateTimeBudget"/>: 30 seconds. The largest programme the model accepts
    /// (<see cref="Model.ProgrammeLimits"/>) takes about 1.5 s of processor time in the default templates, under 5 s of
    /// wall time on a two-core machine running ten times more work than it has cores; 30 s leaves room for slower
    /// machines and heavier template sets, and still stops a runaway template within half a minute.
    /// </summary>
    /// <remarks>A computed property, not a stored one: <see cref="Default"/> is created during static initialisation and must not read a field initialised after it.</remarks>
    public static TimeSpan DefaultTemplateTimeBudget => TemplateEngine.DefaultTimeBudget;

    /// <summary>Gets the defaults: the template set's columns, schedule in the body, weekdays in words ("Thứ Hai").</summary>
    public static RenderOptions Default { get; } = new();

    /// <summary>
    /// Gets the schedule columns, in order; null (the default) for the template set's declaration
    /// (<c>schedule-columns.json</c>). At least one column, each field at most once, the day column first if present.
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, holds null, names a field twice or puts the day column after another.</exception>
    public IReadOnlyList<ScheduleColumn>? Columns
    {
        get => columns;
        init => columns = value is null ? null : ScheduleColumn.CheckList(value, "options.columns");
    }

    /// <summary>Gets where the schedule table is placed; <see cref="SchedulePlacement.Body"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public SchedulePlacement SchedulePlacement
    {
        get => placement;
        init => placement = value is SchedulePlacement.Body or SchedulePlacement.Annex
            ? value
            : throw new ArgumentOutOfRangeException("options.schedulePlacement", value, "options.schedulePlacement must be Body or Annex.");
    }

    /// <summary>
    /// Gets how the day column writes weekdays; <see cref="WeekdayForm.Words"/> ("Thứ Hai", ND30 Phụ lục II) by default.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public WeekdayForm WeekdayForm
    {
        get => weekdayForm;
        init => weekdayForm = value is WeekdayForm.Words or WeekdayForm.Numerals or WeekdayForm.Abbreviated
            ? value
            : throw new ArgumentOutOfRangeException("options.weekdayForm", value, "options.weekdayForm is not a defined weekday form.");
    }

    /// <summary>
    /// Gets how long the templates may run for one render (the Scriban partials producing the layout markup; writing
    /// the .docx or HTML is not counted): <see cref="DefaultTemplateTimeBudget"/> by default,
    /// <see cref="Timeout.InfiniteTimeSpan"/> for no limit. A render that runs out of it stops between template
    /// statements with a <see cref="Templating.TemplateException"/> whose <see cref="Exception.InnerException"/> is a
    /// <see cref="TimeoutException"/> and whose message names the budget; a cancelled caller's token still gives an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero, negative (other than infinite) or longer than <see cref="int.MaxValue"/> milliseconds.</exception>
    public TimeSpan TemplateTimeBudget
    {
        get => templateTimeBudget;
        init => templateTimeBudget = value == Timeout.InfiniteTimeSpan || (value > TimeSpan.Zero && value.TotalMilliseconds <= int.MaxValue)
            ? value
            : throw new ArgumentOutOfRangeException("options.templateTimeBudget", value, "options.templateTimeBudget must be positive and at most int.MaxValue milliseconds, or Timeout.InfiniteTimeSpan for no limit.");
    }
}
