namespace WorkPlan.Documents.Utility;

/// <summary>
/// The message of an <see cref="ArgumentException"/> as it was written, without what the runtime appends to it (the
/// parameter's name, an out-of-range exception's actual value): for errors that name the field their own way.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ArgumentMessage
{
    private const string Marker = "\u0001";

    /// <summary>Returns the message of <paramref name="exception"/> without the " (Parameter 'name')" suffix and what follows it.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The message as written.</returns>
    internal static string Of(ArgumentException exception)
    {
        string message = exception.Message;
        if (string.IsNullOrEmpty(exception.ParamName))
        {
            return message;
        }

        // The suffix is the runtime's own text, worded and localised by it: found by asking it to suffix a marker.
        string probe = new ArgumentException(Marker, exception.ParamName).Message;
        string suffix = probe.Substring(probe.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length);
        int at = suffix.Length == 0 ? -1 : message.IndexOf(suffix, StringComparison.Ordinal);
        return at >= 0 ? message.Substring(0, at) : message;
    }
}
