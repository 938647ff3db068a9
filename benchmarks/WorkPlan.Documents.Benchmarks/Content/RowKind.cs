namespace WorkPlan.Documents.Benchmarks.Content;

/// <summary>What a schedule row is.</summary>
public enum RowKind
{
    /// <summary>A session label, "Buổi sáng:", in the content column.</summary>
    Session,

    /// <summary>An entry: content, preparing unit, leaders.</summary>
    Entry,

    /// <summary>A holiday: one cell across the three columns, "Nghỉ lễ".</summary>
    Holiday,

    /// <summary>A day without entries: three empty cells.</summary>
    Empty,
}
