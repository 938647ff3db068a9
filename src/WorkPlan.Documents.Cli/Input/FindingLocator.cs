using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using WorkPlan.Documents.Checking;

namespace WorkPlan.Documents.Cli.Input;

/// <summary>
/// Turns the place a finding concerns (a header field, a day, a session entry) into the JSON path of that part of the
/// programme file and its line and column, so each finding can be printed as <c>plan.json(812,17): warning WP002: …</c>.
/// </summary>
internal sealed class FindingLocator(JsonPathIndex index)
{
    /// <summary>Locates <paramref name="location"/>: the most precise JSON path the file has for it, and where it starts.</summary>
    public (string JsonPath, (int Line, int Column)? Position) Locate(ProgrammeLocation location)
    {
        string path = PathOf(location);
        return (path, index.PositionOf(path));
    }

    private string PathOf(ProgrammeLocation location)
    {
        if (location.Date is not { } date)
        {
            return Deepest("$", location.Field);
        }

        string? day = index.FindElement("$.schedule.days", "date", LocalDatePattern.Iso.Format(date));
        if (day is null)
        {
            return index.Contains("$.schedule.days") ? "$.schedule.days" : "$";
        }

        if (location.Session is not { } session)
        {
            return day;
        }

        string? sessionPath = index.FindElement(day + ".sessions", "kind", JsonNamingPolicy.CamelCase.ConvertName(session.ToString()));
        if (sessionPath is null)
        {
            return day;
        }

        if (location.EntryIndex is not { } entry)
        {
            return sessionPath;
        }

        string entryPath = string.Create(CultureInfo.InvariantCulture, $"{sessionPath}.entries[{entry}]");
        return index.Contains(entryPath) ? Deepest(entryPath, location.Field) : sessionPath;
    }

    /// <summary>
    /// <paramref name="parent"/> followed by <paramref name="field"/> ("leaders[0]", "identity.symbol"); when the file
    /// lacks that value (an empty list, an absent optional property), the nearest enclosing value it has.
    /// </summary>
    private string Deepest(string parent, string? field)
    {
        if (field is null)
        {
            return parent;
        }

        string path = parent + "." + field;
        while (path.Length > parent.Length && !index.Contains(path))
        {
            path = path[..path.LastIndexOfAny(['.', '['])];
        }

        return path.Length > parent.Length ? path : parent;
    }
}
