using System.Globalization;
using System.Text.Json;
using WorkPlan.Documents.Checking;

namespace WorkPlan.Documents.Serialization;

/// <summary>
/// Finds the JSON path (<c>$.schedule.days[3].sessions[0].entries[1].preparingUnit</c>) of the value a
/// <see cref="ProgrammeLocation"/> points at in a programme document, or of the nearest enclosing value the document has.
/// </summary>
/// <remarks>
/// Days and sessions are looked up by their <c>"date"</c> and <c>"kind"</c> in the document itself rather than by their
/// place in the model, which keeps days in date order and sessions in the order of <see cref="Model.SessionKind"/>:
/// a hand-written file may list them in another order.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class ProgrammeJsonPath
{
    private const string Root = "$";
    private const string Days = "$.schedule.days";

    private static readonly char[] Separators = ['.', '['];

    internal static string Of(ProgrammeLocation location, JsonElement programme)
    {
        if (location.Date is not { } date)
        {
            return Deepest(Root, programme, location.Field);
        }

        if (!TryProperty(programme, "schedule", out JsonElement schedule) || !TryProperty(schedule, "days", out JsonElement days))
        {
            return Root;
        }

        string iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (FindElement(days, "date", iso) is not (int dayIndex, JsonElement day))
        {
            return Days;
        }

        string dayPath = Element(Days, dayIndex);
        if (location.Session is not { } kind)
        {
            return dayPath;
        }

        if (!TryProperty(day, "sessions", out JsonElement sessions)
            || FindElement(sessions, "kind", JsonNames.Session.NameOf(kind)) is not (int sessionIndex, JsonElement session))
        {
            return dayPath;
        }

        string sessionPath = Element(dayPath + ".sessions", sessionIndex);
        if (location.EntryIndex is not { } entryIndex)
        {
            return sessionPath;
        }

        if (!TryProperty(session, "entries", out JsonElement entries) || !TryElement(entries, entryIndex, out JsonElement entry))
        {
            return sessionPath;
        }

        return Deepest(Element(sessionPath + ".entries", entryIndex), entry, location.Field);
    }

    /// <summary>
    /// <paramref name="parentPath"/> followed by as much of <paramref name="field"/> ("leaders[0]", "identity.symbol")
    /// as the document has under <paramref name="parent"/>: for an empty list or an absent optional property, the
    /// nearest enclosing value.
    /// </summary>
    private static string Deepest(string parentPath, JsonElement parent, string? field)
    {
        if (field is null)
        {
            return parentPath;
        }

        // The field is property names joined by '.', each optionally followed by "[index]"; it is walked one step at
        // a time, and the path ends after the last step the document has.
        JsonElement current = parent;
        int? reached = null;
        int start = 0;
        bool isIndex = false;
        while (true)
        {
            int end = field.IndexOfAny(Separators, start);
            if (end < 0)
            {
                end = field.Length;
            }

            string step = field.Substring(start, end - start);
            if (!(isIndex ? TryIndex(current, step, out current) : TryProperty(current, step, out current)))
            {
                break;
            }

            reached = end;
            if (end == field.Length)
            {
                break;
            }

            isIndex = field[end] == '[';
            start = end + 1;
        }

        return reached is { } length ? parentPath + "." + field.Remove(length) : parentPath;
    }

    /// <summary>
    /// The element at <paramref name="step"/>, the part of "[2]" after the bracket ("2]"), its index written as the
    /// path writes indexes (decimal digits, no sign, no leading zero).
    /// </summary>
    private static bool TryIndex(JsonElement array, string step, out JsonElement element)
    {
        element = default;
        return step.Length > 1 && step[step.Length - 1] == ']'
            && int.TryParse(step.Remove(step.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && string.Equals(Index(i) + "]", step, StringComparison.Ordinal)
            && TryElement(array, i, out element);
    }

    private static bool TryElement(JsonElement array, int index, out JsonElement element)
    {
        if (array.ValueKind == JsonValueKind.Array && index < array.GetArrayLength())
        {
            element = array[index];
            return true;
        }

        element = default;
        return false;
    }

    private static bool TryProperty(JsonElement value, string name, out JsonElement property)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value.TryGetProperty(name, out property);
        }

        property = default;
        return false;
    }

    /// <summary>The first element of <paramref name="array"/> whose string <paramref name="property"/> is <paramref name="text"/>.</summary>
    private static (int Index, JsonElement Element)? FindElement(JsonElement array, string property, string text)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        int i = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            if (TryProperty(element, property, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(text))
            {
                return (i, element);
            }

            i++;
        }

        return null;
    }

    private static string Element(string arrayPath, int index) => arrayPath + "[" + Index(index) + "]";

    private static string Index(int index) => index.ToString(CultureInfo.InvariantCulture);
}
