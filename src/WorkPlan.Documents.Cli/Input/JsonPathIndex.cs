using System.Globalization;
using System.Text;
using System.Text.Json;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// Where each value of a JSON file starts, by JSON path (<c>$.schedule.days[3].sessions[0].entries[2]</c>), with the
/// text of string values, so that a finding about part of a programme can point at its line and column in the file.
/// </summary>
internal sealed class JsonPathIndex
{
    private readonly LineIndex lines;
    private readonly Dictionary<string, (long Offset, string? Text)> values;

    private JsonPathIndex(byte[] utf8, Dictionary<string, (long Offset, string? Text)> values)
    {
        lines = LineIndex.OfUtf8(utf8);
        this.values = values;
    }

    /// <summary>Indexes <paramref name="utf8"/>, which must be well-formed JSON (comments allowed).</summary>
    public static JsonPathIndex Build(byte[] utf8)
    {
        var values = new Dictionary<string, (long, string?)>(StringComparer.Ordinal);
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

            values[path] = (reader.TokenStartIndex, reader.TokenType == JsonTokenType.String ? reader.GetString() : null);
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

    /// <summary>The text of the string value at <paramref name="path"/>, or null.</summary>
    public string? TextAt(string path) => values.TryGetValue(path, out var value) ? value.Text : null;

    /// <summary>Whether the file has a value at <paramref name="path"/>.</summary>
    public bool Contains(string path) => values.ContainsKey(path);

    /// <summary>Finds the first element of the array at <paramref name="arrayPath"/> whose <paramref name="property"/> is <paramref name="text"/>.</summary>
    /// <returns>The element's path, or null.</returns>
    public string? FindElement(string arrayPath, string property, string text)
    {
        for (int i = 0; values.ContainsKey(ElementPath(arrayPath, i)); i++)
        {
            string element = ElementPath(arrayPath, i);
            if (string.Equals(TextAt(element + "." + property), text, StringComparison.Ordinal))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>The 1-based line and column where the value at <paramref name="path"/> starts, or null.</summary>
    public (int Line, int Column)? PositionOf(string path) =>
        values.TryGetValue(path, out var value) ? lines.PositionOf((int)value.Offset) : null;

    private static string ElementPath(string arrayPath, int index) => new StringBuilder(arrayPath).Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']').ToString();
}
