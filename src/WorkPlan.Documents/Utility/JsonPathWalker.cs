using System.Globalization;
using System.Text;
using System.Text.Json;

namespace WorkPlan.Documents.Utility;

/// <summary>
/// Reads JSON token by token, as <see cref="Utf8JsonReader"/> does, and knows the JSON path of the value being read
/// (<c>$.schedule.days[3].sessions[0].entries[2]</c>), the repeated property names of each object, and where each token
/// starts: the one walk behind the line and column of a value in a JSON error, duplicate keys, and a finding's position.
/// </summary>
/// <remarks>
/// <para>
/// Paths are written as System.Text.Json writes them in its errors: <c>.name</c>, or <c>['name']</c> for a name holding
/// one of <c>. ' / " [ ] ( )</c>, white space or a backslash; <c>[index]</c> for an array element.
/// </para>
/// <para>
/// Hand-written because neither <see cref="JsonDocument"/> nor the serializer says where a value starts, and the
/// in-box System.Text.Json of net8.0 cannot refuse duplicate property names. The command-line tool compiles this file
/// into its own assembly, like <c>LineIndex</c>: a position in a user's file is not public API.
/// </para>
/// </remarks>
/// <threadsafety>A walker is used by one thread at a time (it is a ref struct over a reader).</threadsafety>
internal ref struct JsonPathWalker
{
    private const string Special = ".'/\"[]() \t\n\r\f\b\\\u0085\u2028\u2029";

    private readonly List<Container> containers;
    private readonly List<Container> spare;
    private readonly string?[] names;
    private readonly bool trackDuplicates;
    private Utf8JsonReader reader;
    private int valueDepth;

    /// <summary>Creates a walker over <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The JSON, without a byte-order mark.</param>
    /// <param name="options">The reader's options, the same as the serializer's so both accept the same texts.</param>
    /// <param name="isFinalBlock">False for a prefix of a document: reading then stops where the prefix ends instead of failing.</param>
    /// <param name="trackDuplicates">Whether to remember each object's property names to set <see cref="FirstOccurrence"/>.</param>
    public JsonPathWalker(ReadOnlySpan<byte> utf8Json, JsonReaderOptions options, bool isFinalBlock = true, bool trackDuplicates = false)
    {
        reader = new Utf8JsonReader(utf8Json, isFinalBlock, new JsonReaderState(options));
        containers = [];
        spare = [];
        names = new string?[61];
        this.trackDuplicates = trackDuplicates;
        valueDepth = 0;
        FirstOccurrence = null;
        PropertyName = null;
    }

    /// <summary>Gets the type of the token read.</summary>
    public readonly JsonTokenType TokenType => reader.TokenType;

    /// <summary>Gets the offset of the token's first byte (the opening quote of a string or property name).</summary>
    public readonly long TokenStartIndex => reader.TokenStartIndex;

    /// <summary>Gets the offset just past what has been read.</summary>
    public readonly long BytesConsumed => reader.BytesConsumed;

    /// <summary>Gets the token's raw bytes: a string's or property name's without the quotes, escapes not undone.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => reader.ValueSpan;

    /// <summary>Gets a value indicating whether the string or property name read contains escapes.</summary>
    public readonly bool ValueIsEscaped => reader.ValueIsEscaped;

    /// <summary>Gets the property name read (for a <see cref="JsonTokenType.PropertyName"/> token), escapes undone.</summary>
    public string? PropertyName { get; private set; }

    /// <summary>
    /// Gets, for a <see cref="JsonTokenType.PropertyName"/> token whose name the object already has, the offset of the
    /// first such name; null otherwise, or when duplicates are not tracked.
    /// </summary>
    public long? FirstOccurrence { get; private set; }

    /// <summary>
    /// Gets the JSON path of the token read: of the value itself; of the value it names for a property name; of the
    /// container for an end token; of the value about to be read between tokens.
    /// </summary>
    public readonly string Path => PathTo(valueDepth);

    /// <summary>
    /// Gets the JSON path of what follows the token read: the value a property name names, the next element of an
    /// array, or the object whose next property name comes: for text where reading stopped (a prefix's end).
    /// </summary>
    public readonly string PathOfNext
    {
        get
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                return Path;
            }

            int open = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray ? containers.Count - 1 : containers.Count;
            if (open == 0)
            {
                return "$";
            }

            Container top = containers[open - 1];
            string path = PathTo(open - 1);
            return top.IsArray ? path + "[" + top.Count.ToString(CultureInfo.InvariantCulture) + "]" : path;
        }
    }

    /// <summary>Appends a property name to a path as System.Text.Json writes it: <c>.name</c> or <c>['name']</c>.</summary>
    /// <param name="path">The path so far.</param>
    /// <param name="name">The property name.</param>
    public static void AppendName(StringBuilder path, string name)
    {
        if (name.Any(c => Special.Contains(c)))
        {
            path.Append("['").Append(name).Append("']");
        }
        else
        {
            path.Append('.').Append(name);
        }
    }

    /// <summary>
    /// Finds the value at <paramref name="path"/> in <paramref name="utf8Json"/>, or where the document lacks it (a
    /// missing property, an element past the end) the nearest enclosing value it has.
    /// </summary>
    /// <param name="utf8Json">The JSON, without a byte-order mark.</param>
    /// <param name="options">The reader's options.</param>
    /// <param name="path">The path sought, written as <see cref="Path"/> writes paths.</param>
    /// <returns>The path found and the offset where its value starts; null when even the root is missing.</returns>
    public static (string Path, long Offset)? Find(ReadOnlySpan<byte> utf8Json, JsonReaderOptions options, string path)
    {
        (string Path, long Offset)? best = null;
        var walker = new JsonPathWalker(utf8Json, options);
        try
        {
            while (walker.Read())
            {
                if (walker.TokenType is JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    continue;
                }

                string candidate = walker.Path;
                if (candidate == path)
                {
                    return (candidate, walker.TokenStartIndex);
                }

                if (Encloses(candidate, path) && (best is null || candidate.Length > best.Value.Path.Length))
                {
                    best = (candidate, walker.TokenStartIndex);
                }
            }
        }
        catch (JsonException)
        {
            // A malformed rest leaves the best match so far.
        }

        return best;
    }

    /// <summary>Reads the next token.</summary>
    /// <returns>False at the end of the document, or where a prefix ends.</returns>
    /// <exception cref="JsonException">The JSON is malformed (the reader's own error, with its line and byte position).</exception>
    public bool Read()
    {
        FirstOccurrence = null;
        PropertyName = null;
        if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            // The previous token ended a container: it is read, so paths no longer go into it.
            containers.RemoveAt(containers.Count - 1);
        }

        if (!reader.Read())
        {
            return false;
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                Container owner = containers[containers.Count - 1];
                owner.Property = PropertyName = Name();
                if (trackDuplicates)
                {
                    owner.Names ??= new Dictionary<string, long>(StringComparer.Ordinal);
                    if (owner.Names.TryGetValue(PropertyName, out long first))
                    {
                        FirstOccurrence = first;
                    }
                    else
                    {
                        owner.Names.Add(PropertyName, reader.TokenStartIndex);
                    }
                }

                valueDepth = containers.Count;
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                valueDepth = containers.Count - 1;
                break;
            case JsonTokenType.Comment or JsonTokenType.None:
                break;
            default:
                if (containers.Count > 0 && containers[containers.Count - 1].IsArray)
                {
                    containers[containers.Count - 1].Count++;
                }

                valueDepth = containers.Count;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    // The container is the value read; its members' paths go one level deeper once read. Containers
                    // are kept per depth and reused, so a walk allocates for its deepest nesting, not for every object.
                    if (spare.Count > containers.Count)
                    {
                        containers.Add(spare[containers.Count].Reset(reader.TokenType == JsonTokenType.StartArray));
                    }
                    else
                    {
                        var container = new Container(reader.TokenType == JsonTokenType.StartArray);
                        spare.Add(container);
                        containers.Add(container);
                    }
                }

                break;
        }

        return true;
    }

    /// <summary>Returns the string read, escapes undone, or null when it is not text (an escaped lone surrogate, bytes that are not UTF-8).</summary>
    /// <returns>The string, or null.</returns>
    public readonly string? TryGetString()
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool Encloses(string outer, string inner) =>
        inner.Length > outer.Length
        && inner.StartsWith(outer, StringComparison.Ordinal)
        && inner[outer.Length] is '.' or '[';

    /// <summary>The path through the current member of each of the first <paramref name="depth"/> open containers.</summary>
    private readonly string PathTo(int depth)
    {
        var path = new StringBuilder("$");
        for (int i = 0; i < depth && i < containers.Count; i++)
        {
            Container container = containers[i];
            if (container.IsArray)
            {
                if (container.Count > 0)
                {
                    path.Append('[').Append((container.Count - 1).ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (container.Property is not null)
            {
                AppendName(path, container.Property);
            }
        }

        return path.ToString();
    }

    /// <summary>The property name read; when it is not text, its raw bytes decoded leniently, which still tells names apart.</summary>
    private readonly string Name()
    {
        // A document repeats a few short ASCII names ("content", "leaders", "name") thousands of times: each is
        // decoded once per walk and found again by its bytes.
        ReadOnlySpan<byte> raw = reader.ValueSpan;
        int slot = -1;
        if (!reader.ValueIsEscaped && raw.Length <= 32)
        {
            uint hash = 2166136261;
            foreach (byte b in raw)
            {
                hash = (hash ^ b) * 16777619;
            }

            slot = (int)(hash % (uint)names.Length);
            if (names[slot] is { } cached && IsAscii(cached, raw))
            {
                return cached;
            }
        }

        string name = TryGetString() ?? Encoding.UTF8.GetString(raw.ToArray());
        if (slot >= 0)
        {
            names[slot] = name;
        }

        return name;
    }

    private static bool IsAscii(string name, ReadOnlySpan<byte> raw)
    {
        if (name.Length != raw.Length)
        {
            return false;
        }

        for (int i = 0; i < raw.Length; i++)
        {
            if (name[i] != raw[i] || raw[i] >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An open object or array.</summary>
    private sealed class Container
    {
        public Container(bool isArray) => IsArray = isArray;

        /// <summary>Gets a value indicating whether this is an array.</summary>
        public bool IsArray { get; private set; }

        /// <summary>Gets or sets, for an array, the number of elements read so far.</summary>
        public int Count { get; set; }

        /// <summary>Gets or sets, for an object, the property name read last.</summary>
        public string? Property { get; set; }

        /// <summary>Gets or sets, for an object whose duplicates are tracked, where each property name was first read.</summary>
        public Dictionary<string, long>? Names { get; set; }

        /// <summary>Makes this a new, empty container.</summary>
        /// <param name="isArray">Whether it is an array.</param>
        /// <returns>This container.</returns>
        public Container Reset(bool isArray)
        {
            IsArray = isArray;
            Count = 0;
            Property = null;

            // Clearing costs the capacity a dictionary grew to: a large one is dropped rather than cleared for every
            // small object that reuses the depth after it.
            if (Names is { Count: > 32 })
            {
                Names = null;
            }

            Names?.Clear();
            return this;
        }
    }
}
