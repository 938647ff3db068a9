using System.Globalization;
using System.Text;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Text;

namespace WorkPlan.Documents.Checking;

/// <summary>
/// WP011: a field holds characters that cannot be seen (<see cref="InvisibleText"/>). A field made only of them is
/// refused by the model as empty; this reports those inside text that can be seen, one finding per field, pointing
/// at the field.
/// </summary>
internal sealed class InvisibleCharacterCheck : IProgrammeCheck
{
    private const int ExcerptRadius = 20;

    private static readonly Localization.LocalizedText Fix = CheckContext.Text("Invisible_Fix");

    public IEnumerable<Finding> Run(CheckContext context)
    {
        WorkProgramme programme = context.Programme;
        foreach ((string field, string? text) in HeaderTexts(programme))
        {
            if (Describe(field, text) is { } message)
            {
                yield return new Finding(CheckRules.InvisibleCharacters, ProgrammeLocation.ForField(field), message, Fix);
            }
        }

        foreach (ScheduleDay day in programme.Schedule.Days)
        {
            if (Describe("holidayName", day.HolidayName) is { } message)
            {
                yield return new Finding(CheckRules.InvisibleCharacters, ProgrammeLocation.ForDay(day.Date), message, Fix);
            }
        }

        foreach (PlacedEntry placed in context.Entries)
        {
            foreach ((string field, string? text) in EntryTexts(placed.Entry))
            {
                // The location names the entry's field, as it does for WP002–WP005.
                if (Describe(CheckContext.Text("Invisible_TheText"), text) is { } message)
                {
                    yield return new Finding(CheckRules.InvisibleCharacters, placed.Location(field), message, Fix);
                }
            }
        }
    }

    /// <summary>Every text of the header, the focus tasks, the signature and the recipients, by its JSON name.</summary>
    private static IEnumerable<(string Field, string? Text)> HeaderTexts(WorkProgramme programme)
    {
        foreach ((string field, string text) in Lines("agency.parentLines", programme.Agency.ParentLines))
        {
            yield return (field, text);
        }

        foreach ((string field, string text) in Lines("agency.nameLines", programme.Agency.NameLines))
        {
            yield return (field, text);
        }

        yield return ("agency.abbreviation", programme.Agency.Abbreviation);
        yield return ("identity.symbol", programme.Identity.Symbol);
        yield return ("identity.placeName", programme.Identity.PlaceName);
        yield return ("abstract", programme.CustomAbstract);
        yield return ("focusTasks.heading", programme.FocusTasks.Heading);
        foreach ((string field, string text) in Lines("focusTasks.tasks", programme.FocusTasks.Tasks))
        {
            yield return (field, text);
        }

        yield return ("schedule.heading", programme.Schedule.Heading);
        foreach ((string field, string text) in Lines("signature.authorityLines", programme.Signature.AuthorityLines))
        {
            yield return (field, text);
        }

        yield return ("signature.signerTitle", programme.Signature.SignerTitle);
        yield return ("signature.signerName", programme.Signature.SignerName);
        for (int i = 0; i < programme.Recipients.Recipients.Count; i++)
        {
            Recipient recipient = programme.Recipients.Recipients[i];
            yield return (Indexed("recipients.lines", i) + ".name", recipient.Name);
            yield return (Indexed("recipients.lines", i) + ".purpose", recipient.Purpose);
        }

        foreach ((string field, string text) in Lines("recipients.archive", programme.Recipients.Archive))
        {
            yield return (field, text);
        }
    }

    /// <summary>Every text of an entry, by its JSON name within the entry.</summary>
    private static IEnumerable<(string Field, string? Text)> EntryTexts(ScheduleEntry entry)
    {
        yield return ("content", entry.Content);
        yield return ("preparingUnit", entry.PreparingUnit);
        for (int i = 0; i < entry.Leaders.Count; i++)
        {
            yield return (Indexed("leaders", i) + ".name", entry.Leaders[i].Name);
            yield return (Indexed("leaders", i) + ".honorific", entry.Leaders[i].Honorific);
        }

        yield return ("location", entry.Location);
        yield return ("calendarOf", entry.CalendarOf);
        foreach (KeyValuePair<string, string> pair in entry.Fields)
        {
            // A field's name is the JSON property itself: a finding about it points at the fields object.
            yield return ("fields", pair.Key);
            yield return ("fields." + pair.Key, pair.Value);
        }
    }

    private static IEnumerable<(string Field, string Text)> Lines(string field, IReadOnlyList<string> lines) =>
        lines.Select((line, i) => (Indexed(field, i), line));

    private static string Indexed(string field, int index) => field + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>
    /// "identity.placeName holds 1 character that cannot be seen (U+200B), the first at position 3: "Hà\u200BTĩnh"."; null
    /// when the text has none.
    /// </summary>
    private static Localization.LocalizedText? Describe(object subject, string? text)
    {
        if (text is null)
        {
            return null;
        }

        int first = InvisibleText.IndexOfInvisible(text);
        if (first < 0)
        {
            return null;
        }

        var codes = new List<string>();
        int count = 0;
        for (int i = first; i >= 0; i = InvisibleText.IndexOfInvisible(text, i + (char.IsHighSurrogate(text[i]) ? 2 : 1)))
        {
            count++;
            string code = InvisibleText.CodeOf(text, i);
            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        string position = (first + 1).ToString(CultureInfo.InvariantCulture);
        return count == 1
            ? CheckContext.Text("Invisible_One", subject, string.Join(", ", codes), position, Excerpt(text, first))
            : CheckContext.Text("Invisible_Many", subject, count.ToString(CultureInfo.InvariantCulture), string.Join(", ", codes), position, Excerpt(text, first));
    }

    /// <summary>The text around <paramref name="index"/>, each invisible character written as <c>\u200B</c> (<c>\U000E0001</c>).</summary>
    private static string Excerpt(string text, int index)
    {
        int start = Math.Max(0, index - ExcerptRadius);
        int end = Math.Min(text.Length, index + ExcerptRadius);
        if (start > 0 && char.IsLowSurrogate(text[start]))
        {
            start--;
        }

        var builder = new StringBuilder((end - start) + 16);
        builder.Append(start > 0 ? "…" : string.Empty);
        for (int i = start; i < end; i++)
        {
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            int codePoint = pair ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (InvisibleText.IsInvisible(codePoint))
            {
                builder.Append(codePoint > 0xFFFF
                    ? "\\U" + codePoint.ToString("X8", CultureInfo.InvariantCulture)
                    : "\\u" + codePoint.ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text, i, pair ? 2 : 1);
            }

            i += pair ? 1 : 0;
        }

        return builder.Append(end < text.Length ? "…" : string.Empty).ToString();
    }
}
