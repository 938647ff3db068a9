using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Reads and writes programmes as JSON (schema version 2; version 1 is still read), so that apps in any language can
/// produce them.
/// </summary>
/// <remarks>
/// <para>
/// The format is published as a JSON Schema (<see cref="OpenSchema"/>). Version 2 adds the document's
/// <c>kind</c> (<c>"programme"</c>, <c>"schedule"</c>, <c>"notice"</c>: <see cref="DocumentKind"/>) and requires it;
/// a version 1 document has no kind and is read as a programme. Writing always writes version 2.
/// Dates are ISO (<c>"2021-05-07"</c>), months <c>"2021-05"</c>, times <c>"08:30"</c>; Vietnamese letters are written
/// as they are, not as \u escapes.
/// </para>
/// <para>
/// Reading is all or nothing and strict: text that is not UTF-8 (or holds an escaped half of a surrogate pair),
/// malformed JSON, a property given twice in one object, an unknown property, a missing required value, a date that
/// does not exist ("2021-02-30") or a value that breaks a model invariant raises <see cref="WorkProgrammeJsonException"/>
/// naming the JSON path, line and column of the value at fault; no partial model is returned. A UTF-8 byte-order mark
/// is allowed.
/// </para>
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class WorkProgrammeJson
{
    /// <summary>The schema version this library writes; it reads this version and version 1.</summary>
    public const int SchemaVersion = 2;

    private const string SchemaResource = "WorkPlan.Documents.work-programme.v2.schema.json";

    private static readonly JsonShapeContext Indented = new(CreateOptions(indented: true));

    /// <summary>Gets the reading context, shared with the import header file (same conventions).</summary>
    internal static JsonShapeContext ReadContext => Indented;
    private static readonly JsonShapeContext Compact = new(CreateOptions(indented: false));

    private static readonly Regex MissingRequired = new(
        "missing required properties,? including(?: the following)?: (?<names>.+?)(\\.? Path:|\\.?$)",
        RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex NotConvertible = new(
        "could not be converted to (?<type>\\S+?)\\.(?:\\s|$)",
        RegexOptions.CultureInvariant);

    private static readonly Regex UnmappedMember = new(
        "The JSON property '(?<name>[^']*)' could not be mapped",
        RegexOptions.CultureInvariant);

    /// <summary>Writes <paramref name="programme"/> as JSON text.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="indented">Whether to indent (default) or write one line.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(WorkProgramme programme, bool indented = true)
    {
        if (programme is null)
        {
            throw new ArgumentNullException(nameof(programme));
        }

        return JsonSerializer.Serialize(JsonMapper.FromModel(programme), (indented ? Indented : Compact).Programme) + (indented ? "\n" : string.Empty);
    }

    /// <summary>Writes <paramref name="programme"/> as indented UTF-8 JSON to <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the JSON is written.</returns>
    public static async Task SerializeAsync(Stream utf8Json, WorkProgramme programme, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        if (programme is null)
        {
            throw new ArgumentNullException(nameof(programme));
        }

        await JsonSerializer.SerializeAsync(utf8Json, JsonMapper.FromModel(programme), Indented.Programme, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a programme from JSON text.</summary>
    /// <param name="json">The JSON text; a leading U+FEFF (a byte-order mark read as text) is ignored.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="WorkProgrammeJsonException">The JSON is malformed or breaks a rule; the message names the JSON path, line and column.</exception>
    public static WorkProgramme Deserialize(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return Read(JsonSource.FromString(json));
    }

    /// <summary>Reads a programme from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read, perhaps starting with a UTF-8 byte-order mark; it is read to its end.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="WorkProgrammeJsonException">The JSON is not UTF-8, is malformed or breaks a rule; the message names the JSON path, line and column.</exception>
    public static async Task<WorkProgramme> DeserializeAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        // The whole text is kept: it is checked strictly before it is read, and errors point into it.
        return Read(JsonSource.FromUtf8(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false)));
    }

    /// <summary>Reads the rest of <paramref name="stream"/>: into one array of the right size when its length is known.</summary>
    private static async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        int capacity = stream.CanSeek && stream.Length - stream.Position is var left and > 0 and < int.MaxValue ? (int)left : 0;
        using var copy = new MemoryStream(capacity);
        await stream.CopyToAsync(copy, 81920, cancellationToken).ConfigureAwait(false);
        return copy.Length == copy.Capacity ? copy.GetBuffer() : copy.ToArray();
    }

    /// <summary>
    /// Finds the JSON path of the value <paramref name="location"/> points at (a checker finding's place) in a
    /// programme document, e.g. <c>$.schedule.days[3].sessions[0].entries[1].preparingUnit</c> for the preparing unit
    /// (đơn vị chuẩn bị) of the second entry of the first session of the fourth day listed.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The day and the session (buổi) are found by their <c>"date"</c> and <c>"kind"</c> in
    /// <paramref name="programmeJson"/> itself, so the path is right for a hand-written file that lists them out of order.
    /// </para>
    /// <para>
    /// Where the document lacks the value — an empty list, an absent optional property, a day not listed — the path is
    /// that of the nearest enclosing value it has (<c>$.schedule.days</c> for a day not listed; <c>$</c> when even that
    /// is missing), so it always names a value of the document.
    /// </para>
    /// </remarks>
    /// <param name="location">The location, e.g. a <see cref="Finding.Location"/>.</param>
    /// <param name="programmeJson">The root of the programme document the location was found in.</param>
    /// <returns>The path: <c>$</c>, then <c>.name</c> for a property and <c>[index]</c> for an array element.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    /// <example>
    /// <code>
    /// using JsonDocument document = JsonDocument.Parse(json);
    /// foreach (Finding finding in ProgrammeChecker.Check(WorkProgrammeJson.Deserialize(json)))
    /// {
    ///     Console.WriteLine($"{WorkProgrammeJson.PathOf(finding.Location, document.RootElement)}: {finding.Message}");
    /// }
    /// </code>
    /// </example>
    public static string PathOf(ProgrammeLocation location, JsonElement programmeJson)
    {
        if (location is null)
        {
            throw new ArgumentNullException(nameof(location));
        }

        return ProgrammeJsonPath.Of(location, programmeJson);
    }

    /// <summary>Gets the name the format gives a session kind (buổi) in <c>"kind"</c>: "allDay", "morning", "afternoon" or "evening".</summary>
    /// <param name="kind">The session kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined <see cref="SessionKind"/>.</exception>
    public static string NameOf(SessionKind kind) => JsonNames.Session.TryNameOf(kind, out string? name)
        ? name
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not a session kind.");

    /// <summary>Opens the JSON Schema (draft 2020-12) that describes the format.</summary>
    /// <returns>A stream over the schema's UTF-8 text; the caller disposes it.</returns>
    public static Stream OpenSchema() =>
        typeof(WorkProgrammeJson).Assembly.GetManifestResourceStream(SchemaResource)
        ?? throw new InvalidOperationException($"The embedded resource {SchemaResource} is missing from the assembly.");

    /// <summary>
    /// Reads a document of the format from <paramref name="source"/>: checks it strictly, deserializes its shape and
    /// builds what it describes, every error pointing at the JSON path, line and column of the value at fault.
    /// </summary>
    /// <typeparam name="TShape">The JSON shape.</typeparam>
    /// <typeparam name="TResult">What is built from it.</typeparam>
    /// <param name="source">The text.</param>
    /// <param name="shape">The shape's metadata.</param>
    /// <param name="build">Builds the result; throws <see cref="WorkProgrammeJsonException"/> naming a path.</param>
    /// <param name="what">What the document describes, for a document that is just <c>null</c>: "a programme".</param>
    /// <returns>The result.</returns>
    /// <exception cref="WorkProgrammeJsonException">The text is not strict JSON, does not fit the shape, or <paramref name="build"/> refuses it.</exception>
    internal static TResult Read<TShape, TResult>(JsonSource source, JsonTypeInfo<TShape> shape, Func<TShape, TResult> build, string what)
        where TShape : class
    {
        source.Validate();
        TShape? dto;
        try
        {
            dto = JsonSerializer.Deserialize(source.Json, shape);
        }
        catch (JsonException ex)
        {
            throw source.Position(Translate(ex), atValue: ex is JsonValueException);
        }

        try
        {
            return build(dto ?? throw JsonMapper.Error("$", $"expected a JSON object describing {what}, found null."));
        }
        catch (WorkProgrammeJsonException ex)
        {
            throw source.Locate(ex);
        }
    }

    private static WorkProgramme Read(JsonSource source) => Read(source, Indented.Programme, JsonMapper.ToModel, "a programme");

    private static WorkProgrammeJsonException Translate(JsonException ex)
    {
        string path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path!;
        string message = ex.Message;
        Match missing = MissingRequired.Match(message);
        Match unmapped = UnmappedMember.Match(message);
        string reason;
        if (ex is JsonValueException)
        {
            reason = message;
        }
        else if (missing.Success)
        {
            reason = "missing required property " + missing.Groups["names"].Value.Trim().TrimEnd('.') + ".";
        }
        else if (unmapped.Success)
        {
            reason = $"unknown property '{unmapped.Groups["name"].Value}' (check its spelling against the schema).";
        }
        else if (NotConvertible.Match(message) is { Success: true } mismatch && Expected(mismatch.Groups["type"].Value) is { } expected)
        {
            reason = "expected " + expected + " here.";
        }
        else
        {
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            reason = (cut >= 0 ? message.Substring(0, cut) : message).Replace("WorkPlan.Documents.Serialization.JsonShape+", string.Empty);
        }

        return new WorkProgrammeJsonException(path, ex.LineNumber, ex.BytePositionInLine, reason, ex);
    }

    /// <summary>
    /// What a .NET type System.Text.Json could not convert a value to looks like in JSON, so the message speaks of the
    /// document and not of our internal shape types; null for a type not listed (the message is then kept).
    /// </summary>
    private static string? Expected(string type)
    {
        const string Shape = "WorkPlan.Documents.Serialization.JsonShape+";
        if (type.StartsWith(Shape, StringComparison.Ordinal) || type.StartsWith("System.Collections.Generic.Dictionary`2", StringComparison.Ordinal))
        {
            return "a JSON object";
        }

        if (type.StartsWith("System.Collections.Generic.List`1", StringComparison.Ordinal))
        {
            return "a JSON array";
        }

        return type switch
        {
            "System.String" => "a JSON string",
            "System.Int32" or "System.Int64" or "System.Nullable`1[System.Int32]" => "a whole number",
            "System.Boolean" or "System.Nullable`1[System.Boolean]" => "true or false",
            "NodaTime.LocalDate" or "System.Nullable`1[NodaTime.LocalDate]" => "a date written yyyy-MM-dd",
            "NodaTime.YearMonth" or "System.Nullable`1[NodaTime.YearMonth]" => "a month written yyyy-MM",
            _ => null,
        };
    }

    private static JsonSerializerOptions CreateOptions(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = null,
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        MaxDepth = JsonSource.MaxDepth,
        Converters =
        {
            new StrictIsoConverter<LocalDate>(LocalDatePattern.Iso, isMonth: false),
            new StrictIsoConverter<YearMonth>(YearMonthPattern.Iso, isMonth: true),
        },
    };
}
