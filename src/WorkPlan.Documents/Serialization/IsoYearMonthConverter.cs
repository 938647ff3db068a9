using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Months written "2021-05", as NodaTime's converter reads and writes them, except that a month that does not exist
/// ("2021-13") is refused as such (<see cref="DateTextError"/>) rather than as text of the wrong form.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal sealed class IsoYearMonthConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc />
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text)
        {
            ParseResult<YearMonth> result = YearMonthPattern.Iso.Parse(text);
            if (result.Success)
            {
                return result.Value;
            }

            if (DateTextError.Explain(text, isMonth: true) is { } reason)
            {
                throw new JsonValueException(reason);
            }
        }

        // No message: the serializer says the value "could not be converted", which the format's reader words as
        // "expected a month written yyyy-MM".
        throw new JsonException();
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        NodaConverters.YearMonthConverter.Write(writer, value, options);
}
