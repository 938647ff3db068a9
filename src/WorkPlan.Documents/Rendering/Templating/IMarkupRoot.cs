namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// The text at the end of a chain of partial outputs (<see cref="PartialOutput"/>): the render's
/// <see cref="MarkupBuffer"/>, or the builder of an output Scriban pushed (a <c>capture</c> block's).
/// </summary>
internal interface IMarkupRoot
{
    /// <summary>Gets the length of the text written so far.</summary>
    int Length { get; }

    /// <summary>Inserts text into what was written.</summary>
    /// <param name="index">Where.</param>
    /// <param name="text">The text.</param>
    void Insert(int index, string text);
}
