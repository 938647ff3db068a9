using System.Globalization;

namespace WorkPlan.Documents.Model;

/// <summary>The checks of <see cref="ProgrammeLimits"/> the model's constructors make.</summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class LimitCheck
{
    /// <summary>Returns <paramref name="value"/>, which must be at most <see cref="ProgrammeLimits.MaxTextLength"/> characters.</summary>
    /// <param name="value">The normalised text, or null.</param>
    /// <param name="field">The field's name, e.g. "entry.content".</param>
    /// <returns>The text.</returns>
    /// <exception cref="ProgrammeLimitException">The text is too long.</exception>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Text(string? value, string field)
    {
        if (value is not null && value.Length > ProgrammeLimits.MaxTextLength)
        {
            throw Exceeded(field, value.Length, "characters", ProgrammeLimits.MaxTextLength, nameof(ProgrammeLimits.MaxTextLength), field);
        }

        return value;
    }

    /// <summary>Returns <paramref name="lines"/>, at most <paramref name="maxCount"/> of them, each at most <see cref="ProgrammeLimits.MaxTextLength"/> characters.</summary>
    /// <param name="lines">The normalised lines.</param>
    /// <param name="field">The field's name; a line is named <c>field[index]</c>.</param>
    /// <param name="maxCount">The most lines allowed.</param>
    /// <param name="limitName">The name of <paramref name="maxCount"/>'s constant in <see cref="ProgrammeLimits"/>.</param>
    /// <returns>The lines.</returns>
    /// <exception cref="ProgrammeLimitException">There are too many lines, or a line is too long.</exception>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string> lines, string field, int maxCount, string limitName)
    {
        Count(lines.Count, maxCount, limitName, field, field, "lines");
        for (int i = 0; i < lines.Count; i++)
        {
            Text(lines[i], field + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
        }

        return lines;
    }

    /// <summary>Checks that <paramref name="count"/> is at most <paramref name="limit"/>.</summary>
    /// <param name="count">How many there are.</param>
    /// <param name="limit">The most allowed.</param>
    /// <param name="limitName">The name of the limit's constant in <see cref="ProgrammeLimits"/>.</param>
    /// <param name="field">The field at fault, for <see cref="ArgumentException.ParamName"/>.</param>
    /// <param name="subject">What holds them, at the start of the message, e.g. "day 2021-05-04".</param>
    /// <param name="unit">What is counted, plural, e.g. "entries".</param>
    /// <exception cref="ProgrammeLimitException"><paramref name="count"/> is above <paramref name="limit"/>.</exception>
    public static void Count(long count, int limit, string limitName, string field, string subject, string unit)
    {
        if (count > limit)
        {
            throw Exceeded(subject, count, unit, limit, limitName, field);
        }
    }

    /// <summary>Checks that the programme's text, every field together, is at most <see cref="ProgrammeLimits.MaxProgrammeTextLength"/> characters.</summary>
    /// <param name="programme">The programme, fully constructed but for this check.</param>
    /// <exception cref="ProgrammeLimitException">There is too much text.</exception>
    public static void ProgrammeText(WorkProgramme programme)
    {
        long length = Length(programme.Agency.ParentLines) + Length(programme.Agency.NameLines) + programme.Agency.Abbreviation.Length
            + programme.Identity.Symbol.Length + programme.Identity.PlaceName.Length
            + (programme.CustomAbstract?.Length ?? 0)
            + programme.FocusTasks.Heading.Length + Length(programme.FocusTasks.Tasks)
            + (programme.Schedule.Heading?.Length ?? 0)
            + Length(programme.Signature.AuthorityLines) + programme.Signature.SignerTitle.Length + programme.Signature.SignerName.Length
            + Length(programme.Recipients.Archive);
        foreach (Recipient recipient in programme.Recipients.Recipients)
        {
            length += recipient.Name.Length + (recipient.Purpose?.Length ?? 0);
        }

        foreach (ScheduleDay day in programme.Schedule.Days)
        {
            length += day.HolidayName?.Length ?? 0;
            foreach (ScheduleEntry entry in day.Entries)
            {
                length += entry.Content.Length + (entry.PreparingUnit?.Length ?? 0) + (entry.Location?.Length ?? 0) + (entry.CalendarOf?.Length ?? 0);
                foreach (Person leader in entry.Leaders)
                {
                    length += leader.Name.Length + (leader.Honorific?.Length ?? 0);
                }

                foreach (KeyValuePair<string, string> field in entry.Fields)
                {
                    length += field.Key.Length + field.Value.Length;
                }
            }
        }

        Count(length, ProgrammeLimits.MaxProgrammeTextLength, nameof(ProgrammeLimits.MaxProgrammeTextLength), "programme", "the programme", "characters of text");
    }

    private static long Length(IReadOnlyList<string> lines)
    {
        long length = 0;
        foreach (string line in lines)
        {
            length += line.Length;
        }

        return length;
    }

    private static ProgrammeLimitException Exceeded(string subject, long count, string unit, int limit, string limitName, string field) =>
        new(
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} has {1:N0} {2}; at most {3:N0} are allowed (limit {4}, see https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/limits.md).",
                subject,
                count,
                unit,
                limit,
                limitName),
            limitName,
            limit,
            count,
            field);
}
