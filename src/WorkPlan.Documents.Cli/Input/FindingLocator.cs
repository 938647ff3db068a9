using System.Text.Json;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// Turns the place a finding concerns (a header field, a day, a session entry) into the JSON path of that part of the
/// programme file (<see cref="WorkProgrammeJson.PathOf"/>) and its line and column, so each finding can be printed as
/// <c>plan.json(812,17): warning WP002: …</c>.
/// </summary>
internal sealed class FindingLocator : IDisposable
{
    private readonly JsonDocument document;
    private readonly JsonPathIndex index;

    private FindingLocator(JsonDocument document, JsonPathIndex index)
    {
        this.document = document;
        this.index = index;
    }

    /// <summary>
    /// Reads <paramref name="utf8"/>, a programme file that has been read as a programme (so well-formed JSON, perhaps
    /// after a byte-order mark, which <see cref="JsonDocument"/> does not skip in bytes).
    /// </summary>
    public static FindingLocator Build(byte[] utf8) => new(
        JsonDocument.Parse(
            utf8.AsMemory(InputFile.ByteOrderMarkLength(utf8)),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }),
        JsonPathIndex.Build(utf8));

    /// <summary>Locates <paramref name="location"/>: the most precise JSON path the file has for it, and where it starts.</summary>
    public (string JsonPath, (int Line, int Column)? Position) Locate(ProgrammeLocation location)
    {
        string path = WorkProgrammeJson.PathOf(location, document.RootElement);
        return (path, index.PositionOf(path));
    }

    public void Dispose() => document.Dispose();
}
