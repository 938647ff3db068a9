namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// Line spacing (<c>line-height</c>): a multiple of the font's single line spacing (Word "Multiple"), or an exact
/// height in points (Word "Exactly").
/// </summary>
/// <param name="Value">The multiple, or the height in points.</param>
/// <param name="IsExact">True for an exact height in points.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct LineHeight(double Value, bool IsExact);
