using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Import;

/// <summary>The mutable account of one line while the text is read; becomes a <see cref="SourceLine"/>.</summary>
internal sealed class LineRecord
{
    internal LineRecord(int number, string text)
    {
        Number = number;
        Text = text;
    }

    internal int Number { get; }

    internal string Text { get; }

    internal SourceLineKind Kind { get; set; } = SourceLineKind.NotPlaced;

    internal ScheduleRowParts Parts { get; set; }

    /// <summary>Gets or sets the day the row belongs to; set late for a session marker that belongs to the next day.</summary>
    internal ParsedDay? Day { get; set; }

    internal SessionKind? Session { get; set; }

    internal ScheduleEntry? Entry { get; set; }

    internal SourceLine ToSourceLine() => new(Number, Text, Kind, Parts, Day?.Date, Session, Entry);
}
