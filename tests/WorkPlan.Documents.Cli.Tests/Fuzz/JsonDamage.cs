using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// Damage done to a JSON document through its structure: a member removed or given a value of the wrong kind, a huge
/// number, an impossible date, a year far outside the holiday calendar, text made only of invisible characters, a
/// very long string, deep nesting, a duplicate or unknown key, a token JSON does not allow, an array item repeated.
/// The value is chosen by its position in a walk of the tree, so any value — header field, day, entry, leader — can
/// be hit. Text that is no longer JSON is returned unchanged (later damages then do nothing).
/// </summary>
/// <param name="Kind">Which damage.</param>
/// <param name="A">Chooses the value damaged.</param>
/// <param name="B">Chooses the replacement.</param>
public sealed record JsonDamage(JsonDamageKind Kind, int A, int B)
{
    private const string Sentinel = "@@fuzz@@";

    private static readonly string[] WrongKinds = ["null", "true", "false", "0", "-1", "1.5", "\"\"", "\"x\"", "[]", "{}", "[null]", "{\"\":null}", "\"2021-05\""];

    private static readonly string[] HugeNumbers =
        ["1e308", "1e309", "-1e309", "99999999999999999999999999", "2147483648", "-2147483649", "4294967296", "9223372036854775808", "1E+400", "1e-400", "-0", "0.1", "100000", "2147483647"];

    private static readonly string[] Dates =
        ["2021-02-30", "2021-02-29", "2020-02-29", "2021-13-01", "2021-00-10", "2021-04-31", "0000-01-01", "0001-01-01", "9999-12-31", "2013-05-01", "2200-05-01",
         "2021-5-1", "2021-05-07T00:00:00", "+2021-05-07", "10000-01-01", "-0001-01-01", "2021-05", "2200-01", "0001-01", "1899-12", "9999-12", "2021-13", "2021-00", "20210507", "2021-W18"];

    private static readonly string[] Years = ["0001", "1899", "1900", "1970", "2013", "2014", "2199", "2200", "9999"];

    private static readonly string[] InvisibleTexts = ["\u200B", "\u200D\uFEFF", " \u200B ", "\u00AD", "\u2060\u2060", "\u200E", "\u3164", "\u115F"];

    private static readonly string[] RawTokens =
        ["NaN", "Infinity", "-Infinity", "undefined", "'single'", "01", ".5", "+1", "1,", "/* c */ 1", "// c\n1", "\"unterminated", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"a\u0001b\"", "\"\\uZZZZ\"", "tru", "nul", ""];

    private static readonly string[] UnknownKeys = ["extra", "", "__proto__", "Agency", "schemaversion", "$ref", "\u200Bagency", "kind ", "date\u0000"];

    // Deeper documents (a damage nests up to 100,000 levels, by text) are left alone: the walk below recurses.
    private const int MaxDepth = 512;

    private static readonly JsonSerializerOptions Compact = new() { MaxDepth = MaxDepth, WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new() { MaxDepth = MaxDepth, WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Draws one damage.</summary>
    public static Gen<JsonDamage> Gen { get; } = CsCheck.Gen.Select(CsCheck.Gen.Enum<JsonDamageKind>(), CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, int.MaxValue])
        .Select((kind, a, b) => new JsonDamage(kind, a, b));

    /// <summary>Applies every damage of <paramref name="damages"/> in turn.</summary>
    public static string ApplyAll(IEnumerable<JsonDamage> damages, string json) => damages.Aggregate(json, (j, d) => d.Apply(j));

    /// <summary>Returns damaged JSON; text that is not JSON any more is returned unchanged.</summary>
    public string Apply(string json)
    {
        try
        {
            return ApplyToTree(json);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // Damaged by an earlier damage beyond what JsonNode reads: a key twice, a lone surrogate, deep nesting.
            return json;
        }
    }

    private string ApplyToTree(string json)
    {
        JsonNode? root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
        if (root is null)
        {
            return json;
        }

        List<JsonNode> nodes = Walk(root).ToList();
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonNode target = nodes[A % nodes.Count];
        switch (Kind)
        {
            case JsonDamageKind.RemoveTopLevel when root is JsonObject top && top.Count > 0:
                top.Remove(top.ElementAt(A % top.Count).Key);
                break;
            case JsonDamageKind.Remove when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case JsonDamageKind.Remove when target.Parent is JsonArray array:
                array.Remove(target);
                break;
            case JsonDamageKind.WrongKind:
                Replace(target, Raw(raw, Pick(WrongKinds)));
                break;
            case JsonDamageKind.HugeNumber:
                Replace(Pick(nodes.Where(n => n.GetValueKind() == JsonValueKind.Number).DefaultIfEmpty(target).ToList()), Raw(raw, Pick(HugeNumbers)));
                break;
            case JsonDamageKind.ImpossibleDate:
                Replace(Pick(nodes.Where(IsDateLike).DefaultIfEmpty(target).ToList()), JsonValue.Create(Pick(Dates)));
                break;
            case JsonDamageKind.ShiftYear:
                string year = Pick(Years);
                foreach (JsonNode date in nodes.Where(IsDateLike).ToList())
                {
                    Replace(date, JsonValue.Create(year + date.GetValue<string>()[4..]));
                }

                break;
            case JsonDamageKind.InvisibleText:
                JsonNode text = Pick(nodes.Where(n => n.GetValueKind() == JsonValueKind.String).DefaultIfEmpty(target).ToList());
                string invisible = Pick(InvisibleTexts);
                Replace(text, JsonValue.Create(B % 3 == 0 && text.GetValueKind() == JsonValueKind.String ? invisible + text.GetValue<string>() + invisible : invisible));
                break;
            case JsonDamageKind.LongString:
                int[] lengths = [300, 5_000, 100_000, 1_000_000];
                string seedText = target.GetValueKind() == JsonValueKind.String && target.GetValue<string>().Length > 0 ? target.GetValue<string>() : "Tổ chức ";
                int length = lengths[B % lengths.Length];
                Replace(target, JsonValue.Create(string.Concat(Enumerable.Repeat(seedText, (length / seedText.Length) + 1))[..length]));
                break;
            case JsonDamageKind.DeepNesting:
                int[] depths = [63, 64, 65, 1_000, 100_000];
                int depth = depths[B % depths.Length];
                Replace(target, Raw(raw, B % 2 == 0 ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));
                break;
            case JsonDamageKind.DuplicateKey:
                JsonObject? holder = Pick(nodes.OfType<JsonObject>().Where(o => o.Count > 0).DefaultIfEmpty(null).ToList());
                if (holder is not null)
                {
                    KeyValuePair<string, JsonNode?> member = holder.ElementAt(B % holder.Count);
                    string key = Sentinel + raw.Count.ToString(CultureInfo.InvariantCulture);
                    raw["\"" + key + "\""] = JsonSerializer.Serialize(member.Key, Compact);
                    holder[key] = B % 2 == 0 ? member.Value?.DeepClone() : JsonValue.Create("other");
                }

                break;
            case JsonDamageKind.UnknownKey:
                JsonObject? host = Pick(nodes.OfType<JsonObject>().DefaultIfEmpty(null).ToList());
                if (host is not null)
                {
                    string name = Pick(UnknownKeys);
                    if (!host.ContainsKey(name))
                    {
                        host[name] = JsonValue.Create(1);
                    }
                }

                break;
            case JsonDamageKind.RawToken:
                Replace(target, Raw(raw, Pick(RawTokens)));
                break;
            case JsonDamageKind.RepeatItem:
                JsonArray? list = Pick(nodes.OfType<JsonArray>().Where(a => a.Count > 0).DefaultIfEmpty(null).ToList());
                if (list is not null)
                {
                    int[] times = [1, 2, 10, 200, 2_000];
                    JsonNode? item = list[B % list.Count];
                    for (int i = 0; i < times[(B / 7) % times.Length]; i++)
                    {
                        list.Add(item?.DeepClone());
                    }
                }

                break;
            case JsonDamageKind.Swap:
                JsonNode other = nodes[B % nodes.Count];
                if (!IsAncestor(target, other) && !IsAncestor(other, target))
                {
                    JsonNode first = target.DeepClone();
                    Replace(target, other.DeepClone());
                    Replace(other, first);
                }

                break;
        }

        string text2 = root.ToJsonString(B % 2 == 0 ? Indented : Compact);
        foreach ((string sentinel, string replacement) in raw)
        {
            text2 = text2.Replace(sentinel, replacement, StringComparison.Ordinal);
        }

        return text2;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}({A % 100000}, {B % 1000})";

    private T Pick<T>(IReadOnlyList<T> items) => items[B % items.Count];

    private static JsonValue Raw(Dictionary<string, string> raw, string text)
    {
        string key = Sentinel + raw.Count.ToString(CultureInfo.InvariantCulture);
        raw["\"" + key + "\""] = text;
        return JsonValue.Create(key);
    }

    private static bool IsDateLike(JsonNode node) =>
        node.GetValueKind() == JsonValueKind.String
        && node.GetValue<string>() is { Length: 7 or 10 } s
        && char.IsAsciiDigit(s[0]) && char.IsAsciiDigit(s[3]) && s[4] == '-';

    private static bool IsAncestor(JsonNode ancestor, JsonNode node)
    {
        for (JsonNode? current = node; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    private static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }

    private static IEnumerable<JsonNode> Walk(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            if (child is not null)
            {
                foreach (JsonNode descendant in Walk(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}

/// <summary>The kinds of <see cref="JsonDamage"/>.</summary>
public enum JsonDamageKind
{
    /// <summary>A member or array item removed.</summary>
    Remove,

    /// <summary>A member of the root removed: a whole optional section (recipients, focus tasks…) or a required one.</summary>
    RemoveTopLevel,

    /// <summary>A value replaced by one of another kind (null, boolean, number, string, array, object).</summary>
    WrongKind,

    /// <summary>A number replaced by a huge, tiny, negative or overflowing one.</summary>
    HugeNumber,

    /// <summary>A date or month replaced by an impossible or out-of-range one.</summary>
    ImpossibleDate,

    /// <summary>Every date moved to a year far outside the holiday calendar's (0001, 1899, 2013, 2200, 9999…).</summary>
    ShiftYear,

    /// <summary>A string made of, or wrapped in, invisible characters.</summary>
    InvisibleText,

    /// <summary>A value replaced by a string of 300 to 1,000,000 characters.</summary>
    LongString,

    /// <summary>A value replaced by arrays or objects nested 63 to 100,000 deep.</summary>
    DeepNesting,

    /// <summary>A member written twice, with the same or another value.</summary>
    DuplicateKey,

    /// <summary>A member the schema does not know.</summary>
    UnknownKey,

    /// <summary>A value replaced by a token JSON does not allow (NaN, comments, bad escapes, lone surrogates…).</summary>
    RawToken,

    /// <summary>An array item repeated up to 2,000 times.</summary>
    RepeatItem,

    /// <summary>Two values swapped.</summary>
    Swap,
}
