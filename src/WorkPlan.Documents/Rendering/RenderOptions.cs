using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Rendering;

/// <summary>
/// What may change from one render to the next with the same renderer: the schedule's columns, where the schedule
/// is placed and how weekdays are written. Templates and stylesheets belong to the renderer's template set.
/// </summary>
/// <threadsafety>Immutable and thread-safe once constructed.</threadsafety>
public sealed class RenderOptions
{
    private readonly IReadOnlyList<ScheduleColumn>? columns;
    private readonly SchedulePlacement placement;
    private readonly WeekdayForm weekdayForm;

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
}
