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
        init => columns = value is null ? null : CheckColumns(value, "options.columns");
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

    internal static IReadOnlyList<ScheduleColumn> CheckColumns(IEnumerable<ScheduleColumn> value, string field)
    {
        var list = new List<ScheduleColumn>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ScheduleColumn? column in value)
        {
            if (column is null)
            {
                throw new ArgumentException($"{field}[{list.Count}] must not be null.", field);
            }

            if (!seen.Add(column.Field))
            {
                throw new ArgumentException($"{field} declares the field \"{column.Field}\" twice.", field);
            }

            if (column.IsDay && list.Count > 0)
            {
                throw new ArgumentException($"{field}: the day column must come first (it spans the day's rows); it is number {list.Count + 1}.", field);
            }

            list.Add(column);
        }

        if (list.Count == 0 || (list.Count == 1 && list[0].IsDay))
        {
            throw new ArgumentException($"{field} must declare at least one column besides the day column.", field);
        }

        return list.AsReadOnly();
    }
}
