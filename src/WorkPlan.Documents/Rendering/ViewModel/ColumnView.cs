namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>A declared column of the schedule table, as the template sees it.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class ColumnView
{
    internal ColumnView(int index, ScheduleColumn column)
    {
        Index = index;
        Field = column.Field;
        Heading = column.Heading;
        Width = column.Width;
    }

    /// <summary>Gets the 0-based position among the declared columns (<c>index</c>).</summary>
    public int Index { get; }

    /// <summary>Gets the field shown, e.g. "content" or "Ghi chú" (<c>field</c>).</summary>
    public string Field { get; }

    /// <summary>Gets the heading, e.g. "NỘI DUNG CÔNG VIỆC" (<c>heading</c>).</summary>
    public string Heading { get; }

    /// <summary>Gets the width for <c>&lt;col width="…"/&gt;</c>, e.g. "46%" (<c>width</c>).</summary>
    public string Width { get; }

    /// <summary>Gets a value indicating whether this is the day column (<c>is_day</c>).</summary>
    public bool IsDay => Field == ScheduleColumn.DayField;
}
