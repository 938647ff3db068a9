using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Dates written "2021-05-07", as NodaTime's converter reads and writes them, except that a date that does not exist
/// ("2021-02-30") is refused as such (<see cref="DateTextError"/>) rather than as text of the wrong form.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc />
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text)
        {
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }

            if (DateTextError.Explain(text, isMonth: false) is { } reason)
            {
                throw new JsonValueException(reason);
            }
        }

        // No message: the serializer says the value "could not be converted", which the format's reader words as
        // "expected a date written yyyy-MM-dd".
        throw new JsonException();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        NodaConverters.LocalDateConverter.Write(writer, value, options);
}
