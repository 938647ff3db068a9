using System.Buffers.Binary;

namespace FontMetricsGenerator;

/// <summary>
/// Reads the few TrueType/OpenType tables the metrics need: head (units per em), hhea (ascender, descender, line
/// gap, number of horizontal metrics), hmtx (advance widths), OS/2 (average width) and cmap (format 4 and 12).
/// </summary>
/// <remarks>
/// Written by hand rather than with a font library: the feed offers no maintained .NET font parser that reads
/// cmap and hmtx without pulling in a text-rendering stack (SixLabors.Fonts is not available to this project), and
/// these tables are fixed, documented binary layouts (OpenType spec, "cmap", "hmtx") that take ~150 lines to read.
/// </remarks>
internal sealed class TrueTypeFont
{
    private readonly byte[] data;
    private readonly Dictionary<string, (int Offset, int Length)> tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> glyphByCodePoint = [];
    private ushort[] advances = [];

    private TrueTypeFont(byte[] data)
    {
        this.data = data;
    }

    public int UnitsPerEm { get; private set; }

    public int Ascender { get; private set; }

    public int Descender { get; private set; }

    public int LineGap { get; private set; }

    public int AverageAdvance { get; private set; }

    public string FamilyAndStyle { get; private set; } = string.Empty;

    public static TrueTypeFont Load(string path)
    {
        var font = new TrueTypeFont(File.ReadAllBytes(path));
        font.ReadTableDirectory();
        font.ReadHead();
        int metrics = font.ReadHhea();
        font.ReadHmtx(metrics);
        font.ReadOs2();
        font.ReadCmap();
        font.FamilyAndStyle = Path.GetFileNameWithoutExtension(path);
        return font;
    }

    /// <summary>Returns the advance width of the glyph for a code point, or null when the font has no glyph for it.</summary>
    public int? Advance(int codePoint) =>
        glyphByCodePoint.TryGetValue(codePoint, out int glyph) && glyph != 0
            ? advances[Math.Min(glyph, advances.Length - 1)]
            : null;

    private ushort U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset));

    private short S16(int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset));

    private uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset));

    private int Table(string tag) => tables.TryGetValue(tag, out var t) ? t.Offset : throw new InvalidDataException($"The font has no '{tag}' table.");

    private void ReadTableDirectory()
    {
        uint version = U32(0);
        if (version != 0x00010000 && version != 0x74727565)
        {
            throw new InvalidDataException("Not a TrueType font (sfnt version " + version.ToString("X8", System.Globalization.CultureInfo.InvariantCulture) + ").");
        }

        int count = U16(4);
        for (int i = 0; i < count; i++)
        {
            int record = 12 + (i * 16);
            string tag = System.Text.Encoding.ASCII.GetString(data, record, 4);
            tables[tag] = ((int)U32(record + 8), (int)U32(record + 12));
        }
    }

    private void ReadHead() => UnitsPerEm = U16(Table("head") + 18);

    private int ReadHhea()
    {
        int hhea = Table("hhea");
        Ascender = S16(hhea + 4);
        Descender = S16(hhea + 6);
        LineGap = S16(hhea + 8);
        return U16(hhea + 34);
    }

    private void ReadHmtx(int numberOfHMetrics)
    {
        int hmtx = Table("hmtx");
        advances = new ushort[numberOfHMetrics];
        for (int i = 0; i < numberOfHMetrics; i++)
        {
            advances[i] = U16(hmtx + (i * 4));
        }
    }

    private void ReadOs2() => AverageAdvance = S16(Table("OS/2") + 2);

    private void ReadCmap()
    {
        int cmap = Table("cmap");
        int count = U16(cmap + 2);
        int format4 = -1;
        int format12 = -1;
        for (int i = 0; i < count; i++)
        {
            int record = cmap + 4 + (i * 8);
            int platform = U16(record);
            int encoding = U16(record + 2);
            int subtable = cmap + (int)U32(record + 4);
            int format = U16(subtable);
            bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && format == 4 && format4 < 0)
            {
                format4 = subtable;
            }
            else if (unicode && format == 12 && format12 < 0)
            {
                format12 = subtable;
            }
        }

        if (format12 >= 0)
        {
            ReadFormat12(format12);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(format4);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode cmap subtable of format 4 or 12.");
        }
    }

    private void ReadFormat4(int subtable)
    {
        int segments = U16(subtable + 6) / 2;
        int endCodes = subtable + 14;
        int startCodes = endCodes + (segments * 2) + 2;
        int deltas = startCodes + (segments * 2);
        int rangeOffsets = deltas + (segments * 2);
        for (int s = 0; s < segments; s++)
        {
            int end = U16(endCodes + (s * 2));
            int start = U16(startCodes + (s * 2));
            int delta = S16(deltas + (s * 2));
            int rangeOffsetAt = rangeOffsets + (s * 2);
            int rangeOffset = U16(rangeOffsetAt);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int glyphAt = rangeOffsetAt + rangeOffset + ((c - start) * 2);
                    glyph = U16(glyphAt);
                    if (glyph != 0)
                    {
                        glyph = (glyph + delta) & 0xFFFF;
                    }
                }

                glyphByCodePoint[c] = glyph;
            }
        }
    }

    private void ReadFormat12(int subtable)
    {
        int groups = (int)U32(subtable + 12);
        for (int g = 0; g < groups; g++)
        {
            int group = subtable + 16 + (g * 12);
            int start = (int)U32(group);
            int end = (int)U32(group + 4);
            int glyph = (int)U32(group + 8);
            for (int c = start; c <= end; c++)
            {
                glyphByCodePoint[c] = glyph + (c - start);
            }
        }
    }
}
