namespace WorkPlan.Documents.Rendering.ViewModel;

/// <summary>One cell of a schedule row: the text of its column's field for the row, and its column span.</summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class CellView
{
    internal CellView(string field, string text, int span)
    {
        Field = field;
        Text = text;
        Span = span;
    }

    /// <summary>Gets the field of the column the cell starts in (<c>field</c>).</summary>
    public string Field { get; }

    /// <summary>Gets the text; "" for an empty cell (<c>text</c>).</summary>
    public string Text { get; }

    /// <summary>Gets how many columns the cell spans, 1 except for a holiday row (<c>span</c>).</summary>
    public int Span { get; }
}
