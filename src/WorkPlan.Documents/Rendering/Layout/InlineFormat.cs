namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// The formatting of an inline run: the character style class of the enclosing <c>&lt;span&gt;</c> and the
/// <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>, <c>&lt;u&gt;</c> around it.
/// </summary>
/// <param name="ClassName">The class of the enclosing span, or null.</param>
/// <param name="Bold">Inside <c>&lt;b&gt;</c>.</param>
/// <param name="Italic">Inside <c>&lt;i&gt;</c>.</param>
/// <param name="Underline">Inside <c>&lt;u&gt;</c>.</param>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal readonly record struct InlineFormat(string? ClassName, bool Bold, bool Italic, bool Underline)
{
    /// <summary>Gets the format of text outside every inline element.</summary>
    public static InlineFormat Plain => default;

    /// <summary>Gets a value indicating whether the run needs no character formatting at all.</summary>
    public bool IsPlain => ClassName is null && !Bold && !Italic && !Underline;
}
