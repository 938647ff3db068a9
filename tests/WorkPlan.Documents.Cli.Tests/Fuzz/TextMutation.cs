using CsCheck;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// A line-level change to a text, as the importer's property test makes them: a line deleted, duplicated, swapped;
/// a character inserted, deleted or replaced (tabs, digits, markers, control characters, lone surrogates); a tab
/// inserted; a line or the whole text cut.
/// </summary>
/// <param name="Kind">Which change, 0 to 8.</param>
/// <param name="A">Chooses the line (and the cut).</param>
/// <param name="B">Chooses the other line or the position in the line.</param>
/// <param name="C">The character inserted or put in place.</param>
public sealed record TextMutation(int Kind, int A, int B, char C)
{
    private static readonly Gen<char> Noise = CsCheck.Gen.Frequency(
        (4, CsCheck.Gen.Char["\t\t\n\r :()/,;.-–0123456789ĐđBuổisángchiềuNghỉlễThứCNNơinhận"]),
        (1, CsCheck.Gen.Char),
        (1, CsCheck.Gen.Char['\uD800', '\uDFFF']),
        (1, CsCheck.Gen.Char['\u0000', '\u001F']));

    /// <summary>Draws one change.</summary>
    public static Gen<TextMutation> Gen { get; } = CsCheck.Gen.Select(CsCheck.Gen.Int[0, 8], CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, int.MaxValue], Noise)
        .Select((kind, a, b, c) => new TextMutation(kind, a, b, c));

    /// <summary>Applies the changes in turn to <paramref name="text"/>'s lines.</summary>
    public static string ApplyAll(IEnumerable<TextMutation> mutations, string text)
    {
        var lines = new List<string>(text.ReplaceLineEndings("\n").Split('\n'));
        string? cut = null;
        foreach (TextMutation m in mutations)
        {
            if (lines.Count == 0)
            {
                break;
            }

            int i = m.A % lines.Count;
            int j = m.B % lines.Count;
            string line = lines[i];
            int at = line.Length == 0 ? 0 : m.B % (line.Length + 1);
            switch (m.Kind)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(j, line);
                    break;
                case 2:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                case 3:
                    lines[i] = line.Insert(at, m.C.ToString());
                    break;
                case 4 when line.Length > 0:
                    lines[i] = line.Remove(Math.Min(at, line.Length - 1), 1);
                    break;
                case 5 when line.Length > 0:
                    lines[i] = line[..Math.Min(at, line.Length - 1)] + m.C + line[(Math.Min(at, line.Length - 1) + 1)..];
                    break;
                case 6:
                    lines[i] = line.Insert(at, "\t");
                    break;
                case 7:
                    lines[i] = line[..at];
                    break;
                case 8:
                    string whole = string.Join("\n", lines);
                    cut = whole[..(m.A % (whole.Length + 1))];
                    break;
            }
        }

        return cut ?? string.Join("\n", lines);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}({A % 100000}, {B % 1000}, U+{(int)C:X4})";
}
