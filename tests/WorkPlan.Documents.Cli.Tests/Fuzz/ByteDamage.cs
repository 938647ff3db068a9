using System.Text;
using CsCheck;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// Damage done to a file's bytes, whatever it holds: cut at a position of each class (start, end, inside a UTF-8
/// sequence, just before or after a structural character), bytes flipped, replaced, inserted or doubled, a BOM added,
/// the text re-encoded (UTF-16 with or without BOM, UTF-32, Latin-1), invisible characters, NULs and lone surrogates
/// inserted, line endings changed.
/// </summary>
/// <param name="Kind">Which damage.</param>
/// <param name="A">Chooses the position.</param>
/// <param name="B">Chooses the value.</param>
public sealed record ByteDamage(ByteDamageKind Kind, int A, int B)
{
    private static readonly byte[] Structural = "{}[]:,\"\\<>;/*\n"u8.ToArray();

    private static readonly string[] Invisible = ["\u200B", "\u200D", "\uFEFF", "\u00AD", "\u2060", "\u202E", "\u200B\u200D\uFEFF"];

    private static readonly string[] Oddities = ["\0", "\u0001", "\u001F", "\u007F", "\uFFFD", "\uFFFE", "\\ud800", "\\udfff\\ud800", "\\u0000", "\u00A0", "\u2028", "\r"];

    /// <summary>Draws one damage.</summary>
    public static Gen<ByteDamage> Gen { get; } = CsCheck.Gen.Select(CsCheck.Gen.Enum<ByteDamageKind>(), CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, int.MaxValue])
        .Select((kind, a, b) => new ByteDamage(kind, a, b));

    /// <summary>Draws one to <paramref name="most"/> damages, applied in turn.</summary>
    public static Gen<ByteDamage[]> Several(int most) => Gen.Array[1, most];

    /// <summary>Applies every damage of <paramref name="damages"/> in turn.</summary>
    public static byte[] ApplyAll(IEnumerable<ByteDamage> damages, byte[] bytes) => damages.Aggregate(bytes, (b, d) => d.Apply(b));

    /// <summary>Returns damaged bytes; <paramref name="bytes"/> is unchanged.</summary>
    public byte[] Apply(byte[] bytes)
    {
        int at = bytes.Length == 0 ? 0 : A % (bytes.Length + 1);
        switch (Kind)
        {
            case ByteDamageKind.CutAnywhere:
                return bytes[..at];
            case ByteDamageKind.CutAtStructure:
                return CutNear(bytes, true);
            case ByteDamageKind.CutAfterStructure:
                return CutNear(bytes, false);
            case ByteDamageKind.CutInsideCharacter:
                int inside = Enumerable.Range(0, bytes.Length).Select(i => (at + i) % Math.Max(1, bytes.Length)).FirstOrDefault(i => bytes.Length > 0 && (bytes[i] & 0xC0) == 0x80, -1);
                return inside < 0 ? bytes[..at] : bytes[..inside];
            case ByteDamageKind.CutEdge:
                return bytes[..((B % 3) switch { 0 => 0, 1 => Math.Min(1, bytes.Length), _ => Math.Max(0, bytes.Length - 1) })];
            case ByteDamageKind.FlipBit when bytes.Length > 0:
                byte[] flipped = (byte[])bytes.Clone();
                flipped[at % bytes.Length] ^= (byte)(1 << (B % 8));
                return flipped;
            case ByteDamageKind.ReplaceByte when bytes.Length > 0:
                byte[] replaced = (byte[])bytes.Clone();
                replaced[at % bytes.Length] = (byte)B;
                return replaced;
            case ByteDamageKind.InsertBytes:
                var random = new Random(B);
                byte[] noise = new byte[1 + (B % 8)];
                random.NextBytes(noise);
                return [.. bytes[..at], .. noise, .. bytes[at..]];
            case ByteDamageKind.DoubleSpan:
                int length = Math.Min(bytes.Length - at, 1 + (B % 64));
                return [.. bytes[..(at + length)], .. bytes[at..]];
            case ByteDamageKind.DeleteSpan:
                return [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + 1 + (B % 64))..]];
            case ByteDamageKind.AddBom:
                byte[][] boms = [[0xEF, 0xBB, 0xBF], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB]];
                return [.. boms[B % boms.Length], .. bytes];
            case ByteDamageKind.Reencode:
                return Reencode(bytes);
            case ByteDamageKind.InsertInvisible:
                return InsertText(bytes, at, Invisible[B % Invisible.Length]);
            case ByteDamageKind.InsertOddity:
                return InsertText(bytes, at, Oddities[B % Oddities.Length]);
            case ByteDamageKind.LineEndings:
                string text = Encoding.UTF8.GetString(bytes).ReplaceLineEndings((B % 3) switch { 0 => "\r\n", 1 => "\r", _ => "\u2028" });
                return Encoding.UTF8.GetBytes(text);
        }

        return bytes;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}({A % 100000}, {B % 1000})";

    private byte[] CutNear(byte[] bytes, bool before)
    {
        int[] positions = Enumerable.Range(0, bytes.Length).Where(i => Structural.Contains(bytes[i])).ToArray();
        if (positions.Length == 0)
        {
            return bytes;
        }

        int i = positions[A % positions.Length];
        return bytes[..(before ? i : i + 1)];
    }

    private byte[] Reencode(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes);
        return (B % 7) switch
        {
            0 => Encoding.Unicode.GetBytes(text),
            1 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            2 => Encoding.BigEndianUnicode.GetBytes(text),
            3 => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            4 => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            5 => Encoding.Latin1.GetBytes(text),
            _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
        };
    }

    private static byte[] InsertText(byte[] bytes, int at, string text)
    {
        // Inserted between whole characters, so the damage is the character and not a broken sequence.
        while (at > 0 && at < bytes.Length && (bytes[at] & 0xC0) == 0x80)
        {
            at--;
        }

        return [.. bytes[..at], .. Encoding.UTF8.GetBytes(text), .. bytes[at..]];
    }
}

/// <summary>The kinds of <see cref="ByteDamage"/>.</summary>
public enum ByteDamageKind
{
    /// <summary>Cut at any byte.</summary>
    CutAnywhere,

    /// <summary>Cut just before a structural character (brace, bracket, colon, comma, quote, angle bracket…).</summary>
    CutAtStructure,

    /// <summary>Cut just after a structural character.</summary>
    CutAfterStructure,

    /// <summary>Cut inside a multi-byte UTF-8 sequence.</summary>
    CutInsideCharacter,

    /// <summary>Cut to nothing, one byte, or all but the last byte.</summary>
    CutEdge,

    /// <summary>One bit flipped.</summary>
    FlipBit,

    /// <summary>One byte replaced.</summary>
    ReplaceByte,

    /// <summary>Random bytes inserted.</summary>
    InsertBytes,

    /// <summary>A span repeated.</summary>
    DoubleSpan,

    /// <summary>A span deleted.</summary>
    DeleteSpan,

    /// <summary>A byte order mark (UTF-8, doubled, UTF-16, or half of one) put first.</summary>
    AddBom,

    /// <summary>The text re-encoded: UTF-16 LE/BE with or without BOM, UTF-32, Latin-1, UTF-8 with BOM.</summary>
    Reencode,

    /// <summary>Invisible format characters inserted (U+200B, U+200D, U+FEFF, soft hyphen, word joiner, RTL override).</summary>
    InsertInvisible,

    /// <summary>NUL, control characters, noncharacters, escaped lone surrogates inserted.</summary>
    InsertOddity,

    /// <summary>Line endings changed to CRLF, CR or U+2028.</summary>
    LineEndings,
}
