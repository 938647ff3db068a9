using System.Globalization;
using System.Text.Json;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// Where each value of a JSON file starts, by JSON path (<c>$.schedule.days[3].sessions[0].entries[2]</c>), so that a
/// finding about part of a programme can point at its line and column in the file. Which path a finding has is the
/// library's to say (<c>WorkProgrammeJson.PathOf</c>); <see cref="System.Text.Json.JsonDocument"/> keeps no offsets,
/// hence this reader.
/// </summary>
internal sealed class JsonPathIndex
{
    private readonly LineIndex lines;
    private readonly Dictionary<string, long> values;

    private JsonPathIndex(byte[] utf8, Dictionary<string, long> values)
    {
        lines = LineIndex.OfUtf8(utf8);
        this.values = values;
    }

    /// <summary>Indexes <paramref name="utf8"/>, which must be well-formed JSON (comments allowed).</summary>
    public static JsonPathIndex Build(byte[] utf8)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

        // One frame per open container: its path, and the next array index (-1 for an object).
        var frames = new Stack<(string Path, int NextIndex)>();
        string? property = null;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
                continue;
            }

            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.Pop();
                continue;
            }

            string path;
            if (frames.Count == 0)
            {
                path = "$";
            }
            else if (frames.Peek().NextIndex >= 0)
            {
                (string parent, int index) = frames.Pop();
                frames.Push((parent, index + 1));
                path = string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");
            }
            else
            {
                path = frames.Peek().Path + "." + property;
            }

            values[path] = reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                frames.Push((path, -1));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                frames.Push((path, 0));
            }
        }

        return new JsonPathIndex(utf8, values);
    }

    /// <summary>The 1-based line and column where the value at <paramref name="path"/> starts, or null.</summary>
    public (int Line, int Column)? PositionOf(string path) =>
        values.TryGetValue(path, out long offset) ? lines.PositionOf((int)offset) : null;
}
