using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Utility;

namespace WorkPlan.Documents.Import;

/// <summary>
/// The account of one source line: what the importer read it as and where it went in the programme. Every line of
/// the text has exactly one account, so a reader (or a test) can check that nothing was dropped.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed class SourceLine
{
    internal SourceLine(int number, string text, SourceLineKind kind, ScheduleRowParts parts, LocalDate? date, SessionKind? session, ScheduleEntry? entry)
    {
        Number = number;
        Text = text;
        Kind = kind;
        Parts = parts;
        Date = date;
        Session = session;
        Entry = entry;
    }

    /// <summary>Gets the 1-based line number.</summary>
    public int Number { get; }

    /// <summary>Gets the line as read (tabs kept, line break removed).</summary>
    public string Text { get; }

    /// <summary>Gets what the line was read as.</summary>
    public SourceLineKind Kind { get; }

    /// <summary>Gets what a <see cref="SourceLineKind.ScheduleRow"/> holds; <see cref="ScheduleRowParts.None"/> for other lines.</summary>
    public ScheduleRowParts Parts { get; }

    /// <summary>Gets the day a schedule row belongs to, or null.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the session a schedule row opens or adds to, or null.</summary>
    public SessionKind? Session { get; }

    /// <summary>Gets the entry read from the line (the same instance as in the programme), or null.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>Returns "146 ScheduleRow SessionMarker 2021-05-23 Morning".</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString()
    {
        string where = Date is { } date ? " " + IsoDate.Format(date) : string.Empty;
        string session = Session is { } kind ? " " + kind : string.Empty;
        string parts = Parts == ScheduleRowParts.None ? string.Empty : " " + Parts;
        return Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Kind + parts + where + session;
    }
}
