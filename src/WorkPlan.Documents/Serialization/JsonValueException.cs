using System.Text.Json;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Raised by the format's converters for a value of the right JSON type whose text says something impossible
/// ("2021-02-30"): the message is the whole reason, and the error points at the value's start.
/// </summary>
internal sealed class JsonValueException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong with the value.</param>
    internal JsonValueException(string reason)
        : base(reason)
    {
    }
}
