using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Dates ("2021-05-07") and months ("2021-05") read and written with NodaTime's ISO patterns, as
/// NodaTime.Serialization.SystemTextJson's converters do, except that a date or month that does not exist
/// ("2021-02-30", "2021-13") is refused as such (<see cref="DateTextError"/>) rather than as text of the wrong form.
/// </summary>
/// <remarks>
/// Written here rather than taken from NodaTime.Serialization.SystemTextJson: that package's converters are not
/// trim-safe (its assembly produces trim and AOT warnings, IL2104/IL3053), which would stop the library being used in
/// a Native AOT app; writing a value is one call to the pattern.
/// </remarks>
/// <typeparam name="T">The NodaTime type: <see cref="LocalDate"/> or <see cref="YearMonth"/>.</typeparam>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class StrictIsoConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> pattern;
    private readonly bool isMonth;

    /// <summary>Creates the converter.</summary>
    /// <param name="pattern">NodaTime's ISO pattern of the type.</param>
    /// <param name="isMonth">Whether the values are months (for the wording of an impossible value).</param>
    public StrictIsoConverter(IPattern<T> pattern, bool isMonth)
    {
        this.pattern = pattern;
        this.isMonth = isMonth;
    }

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // NodaTime's ISO year ("uuuu") takes a sign, so "-0001-05-07" would parse: the format's years are written
        // with four digits and no sign (as its schema says), and a signed one is text of the wrong form.
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && text.Length > 0 && text[0] is >= '0' and <= '9')
        {
            ParseResult<T> result = pattern.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }

            if (DateTextError.Explain(text, isMonth) is { } reason)
            {
                throw new JsonValueException(reason);
            }
        }

        // No message: the serializer says the value "could not be converted", which the format's reader words as
        // "expected a date written yyyy-MM-dd" (or "a month written yyyy-MM").
        throw new JsonException();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(pattern.Format(value));
}
