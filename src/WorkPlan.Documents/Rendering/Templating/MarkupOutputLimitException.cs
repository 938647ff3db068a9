namespace WorkPlan.Documents.Rendering.Templating;

/// <summary>
/// Thrown by <see cref="MarkupBuffer"/> when a render writes more than <see cref="TemplateEngine.OutputLimit"/>
/// characters; Scriban wraps it at the statement that wrote, and <see cref="TemplateErrorReporter"/> reports it as a
/// <see cref="TemplateException"/> there.
/// </summary>
/// <threadsafety>Instances are immutable.</threadsafety>
internal sealed class MarkupOutputLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The limit passed, in characters.</param>
    public MarkupOutputLimitException(int limit)
        : base(string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            "the templates wrote more than {0:N0} characters of layout markup, the template output limit (see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md).",
            limit))
    {
        Limit = limit;
    }

    /// <summary>Gets the limit passed, in characters.</summary>
    public int Limit { get; }
}
