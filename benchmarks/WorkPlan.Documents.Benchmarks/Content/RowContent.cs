namespace WorkPlan.Documents.Benchmarks.Content;

/// <summary>One row of the schedule table after the day cell.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class RowContent
{
    private RowContent(RowKind kind, string content, string preparingUnit, string leaders)
    {
        Kind = kind;
        Text = content;
        PreparingUnit = preparingUnit;
        Leaders = leaders;
    }

    /// <summary>Gets the row of a day without entries.</summary>
    public static RowContent Empty { get; } = new(RowKind.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>Gets the kind of row.</summary>
    public RowKind Kind { get; }

    /// <summary>Gets the content column's text (the label of a session or holiday row).</summary>
    public string Text { get; }

    /// <summary>Gets the preparing unit column's text.</summary>
    public string PreparingUnit { get; }

    /// <summary>Gets the leaders column's text.</summary>
    public string Leaders { get; }

    /// <summary>A session label row.</summary>
    /// <param name="label">"Buổi sáng:".</param>
    /// <returns>The row.</returns>
    public static RowContent Session(string label) => new(RowKind.Session, label, string.Empty, string.Empty);

    /// <summary>An entry row.</summary>
    /// <param name="content">The content column.</param>
    /// <param name="preparingUnit">The preparing unit column.</param>
    /// <param name="leaders">The leaders column.</param>
    /// <returns>The row.</returns>
    public static RowContent Entry(string content, string preparingUnit, string leaders) => new(RowKind.Entry, content, preparingUnit, leaders);

    /// <summary>A holiday row.</summary>
    /// <param name="label">"Nghỉ lễ".</param>
    /// <returns>The row.</returns>
    public static RowContent Holiday(string label) => new(RowKind.Holiday, label, string.Empty, string.Empty);
}
