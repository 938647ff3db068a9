using System.Text.Json;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// Where each value of a JSON file starts, by JSON path (<c>$.schedule.days[3].sessions[0].entries[2]</c>), so that a
/// finding about part of a programme can point at its line and column in the file. Which path a finding has is the
/// library's to say (<c>WorkProgrammeJson.PathOf</c>); <see cref="JsonDocument"/> keeps no offsets, hence the
/// library's path walker (compiled in).
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

    /// <summary>Indexes <paramref name="utf8"/>, which must be well-formed JSON (comments allowed, a byte-order mark too).</summary>
    public static JsonPathIndex Build(byte[] utf8)
    {
        int start = InputFile.ByteOrderMarkLength(utf8);
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        var walker = new JsonPathWalker(
            utf8.AsSpan(start),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        while (walker.Read())
        {
            if (walker.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                values[walker.Path] = start + walker.TokenStartIndex;
            }
        }

        return new JsonPathIndex(utf8, values);
    }

    /// <summary>The 1-based line and column where the value at <paramref name="path"/> starts, or null.</summary>
    public (int Line, int Column)? PositionOf(string path) =>
        values.TryGetValue(path, out long offset) ? lines.PositionOf((int)offset) : null;
}
