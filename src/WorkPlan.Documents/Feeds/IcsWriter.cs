using System.Globalization;
using System.Text;
using NodaTime;

namespace WorkPlan.Documents.Feeds;

/// <summary>
/// Writes iCalendar content lines (RFC 5545 §3.1): CRLF line ends, lines folded at 75 octets of UTF-8 without splitting
/// a character, TEXT values escaped (§3.3.11: backslash, semicolon, comma, line break).
/// </summary>
/// <remarks>
/// Hand-written rather than Ical.Net: Ical.Net 5.2.4's netstandard2.0 build depends on Portable.System.DateTimeOnly,
/// which the package feed this library is built from does not serve, and the library targets netstandard2.0. What a
/// feed needs of RFC 5545 is small (this writer and <see cref="CalendarFeed"/>); the tests read every feed back with
/// Ical.Net as an independent parser.
/// </remarks>
/// <threadsafety>Not thread-safe: one writer per feed.</threadsafety>
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder text = new();

    /// <summary>Writes a property with a TEXT value, escaped.</summary>
    public void Text(string name, string value) => Line(name + ":" + Escape(value));

    /// <summary>Writes a property whose value is written as is (dates, ids, enumerated values).</summary>
    public void Raw(string nameAndParameters, string value) => Line(nameAndParameters + ":" + value);

    /// <summary>Writes a local date-time in a time zone: <c>DTSTART;TZID=Asia/Ho_Chi_Minh:20210504T073000</c>.</summary>
    public void LocalDateTime(string name, string zoneId, LocalDateTime value) =>
        Line(name + ";TZID=" + zoneId + ":" + value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));

    /// <summary>Writes a date: <c>DTSTART;VALUE=DATE:20210504</c>.</summary>
    public void Date(string name, LocalDate value) => Line(name + ";VALUE=DATE:" + value.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    /// <summary>Writes a UTC date-time: <c>DTSTAMP:20210507T013000Z</c>.</summary>
    public void Utc(string name, Instant value) => Line(name + ":" + value.InUtc().LocalDateTime.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "Z");

    /// <summary>Gets the feed written so far.</summary>
    public override string ToString() => text.ToString();

    /// <summary>Escapes a TEXT value (RFC 5545 §3.3.11).</summary>
    internal static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\': escaped.Append("\\\\"); break;
                case ';': escaped.Append("\\;"); break;
                case ',': escaped.Append("\\,"); break;
                case '\r' when i + 1 < value.Length && value[i + 1] == '\n': break;
                case '\r':
                case '\n': escaped.Append("\\n"); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 §3.1).</summary>
    internal void Line(string line)
    {
        int octets = 0;
        for (int i = 0; i < line.Length; i++)
        {
            int length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            int size = Encoding.UTF8.GetByteCount(line.ToCharArray(i, length));
            if (octets + size > MaxOctets)
            {
                text.Append("\r\n ");
                octets = 1; // The space that starts the continuation line counts.
            }

            text.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        text.Append("\r\n");
    }
}
