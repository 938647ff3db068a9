using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Feeds;

/// <summary>
/// The UID of an entry's event: the same entry gets the same UID in every render, so a calendar client that
/// subscribed to the feed updates the event instead of adding a second one.
/// </summary>
/// <remarks>
/// The rule (<see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/calendar-feeds.md">docs/calendar-feeds.md</see>): SHA-256 of the agency's abbreviation, the date, the session and the entry's
/// content, with the number of earlier entries of that day and session with the same content (0 for the first, so
/// two identical entries still differ); the first 16 bytes in hex, then <c>@workplan.documents</c>. Adding, removing or
/// reordering other entries, or changing an entry's time, place, unit or leaders, keeps its UID (the client updates
/// the event); changing its content or moving it to another day or session gives a new event.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class EntryUid
{
    /// <summary>The domain part of every UID.</summary>
    public const string Domain = "workplan.documents";

    /// <summary>Computes the UID.</summary>
    public static string Of(string agencyAbbreviation, LocalDate date, SessionKind session, string content, int occurrence) =>
        Hash(string.Join(
            "\n",
            agencyAbbreviation,
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            session.ToString(),
            content,
            occurrence.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The UID of a holiday's event: the holiday's name and first day.</summary>
    public static string OfHoliday(string name, LocalDate first) =>
        Hash("holiday\n" + name + "\n" + first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string Hash(string text)
    {
#if NET8_0_OR_GREATER
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
#else
        using var sha = SHA256.Create();
        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
#endif
        var hex = new StringBuilder(40);
        for (int i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.Append('@').Append(Domain).ToString();
    }
}
