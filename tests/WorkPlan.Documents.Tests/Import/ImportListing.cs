using System.Text;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Tests.Import;

/// <summary>
/// A reviewable text form of an import: each line's account with its diagnostics, then the diagnostics about the
/// whole text, then the entries read from each line.
/// </summary>
public static class ImportListing
{
    public static string Format(ImportResult result)
    {
        var text = new StringBuilder();
        foreach (SourceLine line in result.Lines)
        {
            text.Append(line).Append('\n');
            foreach (ImportDiagnostic diagnostic in result.Diagnostics.Where(d => d.LineNumber == line.Number))
            {
                text.Append("    ").Append(diagnostic).Append('\n');
            }
        }

        foreach (ImportDiagnostic diagnostic in result.Diagnostics.Where(d => d.LineNumber == 0))
        {
            text.Append(diagnostic).Append('\n');
        }

        return text.ToString();
    }

    public static string Entries(ImportResult result)
    {
        var text = new StringBuilder();
        foreach (SourceLine line in result.Lines.Where(l => l.Entry is not null))
        {
            ScheduleEntry entry = line.Entry!;
            text.Append(line.Number).Append(": ").Append(entry.Content)
                .Append(" | ").Append(entry.PreparingUnit)
                .Append(" | ").Append(string.Join(", ", entry.Leaders.Select(p => p.DisplayName)));
            if (entry.IsAllDay)
            {
                text.Append(" | all day");
            }

            if (entry.CalendarOf is not null)
            {
                text.Append(" | calendar of ").Append(entry.CalendarOf);
            }

            foreach (KeyValuePair<string, string> field in entry.Fields)
            {
                text.Append(" | ").Append(field.Key).Append(": ").Append(field.Value);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Asserts the promise of the importer: every line is placed or reported, every entry comes from exactly one line.</summary>
    public static void AssertEveryLineAccounted(string sourceText, ImportResult result)
    {
        IReadOnlyList<string> lines = ProgrammeTextImporter.SplitLines(sourceText);
        Assert.Equal(lines.Count, result.Lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            SourceLine line = result.Lines[i];
            Assert.Equal(i + 1, line.Number);
            Assert.Equal(lines[i], line.Text);
            if (line.Kind == SourceLineKind.NotPlaced)
            {
                Assert.Contains(result.Diagnostics, d => d.LineNumber == line.Number && d.Severity != ImportSeverity.Information && d.LineText == line.Text);
            }

            if (line.Kind == SourceLineKind.ScheduleRow)
            {
                Assert.NotEqual(ScheduleRowParts.None, line.Parts);
                Assert.NotNull(line.Date);
            }
        }

        var fromLines = result.Lines.Where(l => l.Entry is not null).ToList();
        var seen = new HashSet<ScheduleEntry>(ReferenceEqualityComparer.Instance);
        Assert.All(fromLines, l => Assert.True(seen.Add(l.Entry!), $"line {l.Number}: entry read twice"));
        var placed = new Dictionary<ScheduleEntry, (NodaTime.LocalDate, SessionKind)>(ReferenceEqualityComparer.Instance);
        foreach (ScheduleDay day in result.Programme.Schedule.Days)
        {
            foreach (ScheduleSession session in day.Sessions)
            {
                foreach (ScheduleEntry entry in session.Entries)
                {
                    placed.Add(entry, (day.Date, session.Kind));
                }
            }
        }

        Assert.Equal(placed.Count, fromLines.Count);
        foreach (SourceLine line in fromLines)
        {
            Assert.True(placed.TryGetValue(line.Entry!, out var where), $"line {line.Number}: entry not in the programme");
            Assert.Equal((line.Date!.Value, line.Session!.Value), where);
        }
    }
}
