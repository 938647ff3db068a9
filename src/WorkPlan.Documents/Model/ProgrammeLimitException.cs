namespace WorkPlan.Documents.Model;

/// <summary>
/// A programme is larger than the model accepts (<see cref="ProgrammeLimits"/>): too many entries in a day or in the
/// programme, too long a text, too many lines. An <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the field at fault (e.g. <c>day.sessions</c>, <c>entry.content</c>),
/// like the model's other argument errors, so code that reports those reports this one too.
/// </summary>
/// <example>
/// <code>
/// catch (ProgrammeLimitException e)
/// {
///     // e.LimitName == "MaxEntriesPerDay", e.Limit == 1000, e.Actual == 150000, e.ParamName == "day.sessions"
/// }
/// </code>
/// </example>
/// <threadsafety>Instances are immutable.</threadsafety>
public sealed class ProgrammeLimitException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is too large, naming the field, the value and the limit; without the parameter name.</param>
    /// <param name="limitName">The name of the limit's constant in <see cref="ProgrammeLimits"/>, e.g. "MaxEntriesPerDay".</param>
    /// <param name="limit">The limit's value.</param>
    /// <param name="actual">The value found, above <paramref name="limit"/>.</param>
    /// <param name="fieldPath">The field at fault, e.g. "entry.content"; becomes <see cref="ArgumentException.ParamName"/>.</param>
    /// <param name="innerException">The exception behind this one, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="limitName"/> is null.</exception>
    public ProgrammeLimitException(string reason, string limitName, int limit, long actual, string? fieldPath, Exception? innerException = null)
        : base(reason ?? throw new ArgumentNullException(nameof(reason)), fieldPath, innerException)
    {
        Reason = reason;
        LimitName = limitName ?? throw new ArgumentNullException(nameof(limitName));
        Limit = limit;
        Actual = actual;
    }

    /// <summary>Gets what is too large, without the parameter name <see cref="ArgumentException.Message"/> appends.</summary>
    public string Reason { get; }

    /// <summary>Gets the name of the limit's constant in <see cref="ProgrammeLimits"/>, e.g. "MaxEntriesPerDay".</summary>
    public string LimitName { get; }

    /// <summary>Gets the limit's value, e.g. 1,000.</summary>
    public int Limit { get; }

    /// <summary>Gets the value found, above <see cref="Limit"/>.</summary>
    public long Actual { get; }

    /// <summary>Returns the same error with <paramref name="context"/> (e.g. "day 2021-05-04: ") before its reason.</summary>
    internal ProgrammeLimitException WithContext(string context) =>
        new(context + Reason, LimitName, Limit, Actual, ParamName, this);
}
