using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// A run's and a paragraph's effective formatting through WordprocessingML's style hierarchy (ECMA-376 Part 1,
/// 17.7.2): document defaults, then the table style, numbering, the paragraph style and its <c>basedOn</c> chain,
/// the character style and its chain, then direct formatting; fonts named by a theme slot are resolved through the
/// theme. What the document leaves unnamed takes the default style of its kind (w:default="1"), as Word does.
/// </summary>
/// <remarks>
/// Each style chain, and each combination of table, paragraph and character style, is resolved once and cached, so a
/// run costs one dictionary look-up and the layering of its own direct properties. The conditional formats of table
/// styles (first row, banded rows) are not applied: documents rarely put character formatting there, and <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/lint.md">docs/lint.md</see>
/// says so.
/// </remarks>
/// <threadsafety>Not thread-safe: the caches fill as the document is read. One instance per document.</threadsafety>
internal sealed class FormatResolver
{
    private const int MaxChain = 64;

    private readonly Dictionary<string, Style> styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RunFormat Run, ParagraphFormat Paragraph)> chains = new(StringComparer.Ordinal);
    private readonly Dictionary<(string?, string?, string?), RunFormat> runBases = new();
    private readonly Dictionary<(string?, string?, int, int), ParagraphFormat> paragraphBases = new();
    private readonly Dictionary<(int, int), ParagraphFormat> levels = new();
    private readonly Numbering? numbering;
    private readonly ThemeFonts theme;
    private readonly RunFormat defaultRun;
    private readonly ParagraphFormat defaultParagraph;
    private readonly string? defaultParagraphStyle;
    private readonly string? defaultCharacterStyle;

    /// <summary>Creates the resolver over a styles part's content, a theme and a numbering part's content.</summary>
    /// <param name="styleSheet">The w:styles element, or null when the document has no styles part.</param>
    /// <param name="theme">The theme fonts.</param>
    /// <param name="numbering">The w:numbering element, or null.</param>
    internal FormatResolver(Styles? styleSheet, ThemeFonts theme, Numbering? numbering)
    {
        this.theme = theme;
        this.numbering = numbering;
        DocDefaults? defaults = styleSheet?.DocDefaults;
        defaultRun = RunFormat.Read(defaults?.RunPropertiesDefault?.RunPropertiesBaseStyle, theme);
        defaultParagraph = ParagraphFormat.Read(defaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle);
        foreach (Style style in styleSheet?.Elements<Style>() ?? [])
        {
            string? id = style.StyleId?.Value;
            if (id is null || styles.ContainsKey(id))
            {
                continue;
            }

            styles.Add(id, style);
            bool isDefault = style.Default?.Value == true;
            string? type = style.Type?.InnerText;
            if (isDefault && type == "paragraph")
            {
                defaultParagraphStyle ??= id;
            }
            else if (isDefault && type == "character")
            {
                defaultCharacterStyle ??= id;
            }
            else if (isDefault && type == "table")
            {
                DefaultTableStyle ??= id;
            }
        }
    }

    /// <summary>Gets the table style a table without w:tblStyle takes, or null.</summary>
    internal string? DefaultTableStyle { get; }

    /// <summary>Gets the theme fonts, to read direct formatting with.</summary>
    internal ThemeFonts Theme => theme;

    /// <summary>Creates the resolver for a document's main part (its styles, theme and numbering parts).</summary>
    internal static FormatResolver For(MainDocumentPart main) =>
        new(main.StyleDefinitionsPart?.Styles, ThemeFonts.Read(main), main.NumberingDefinitionsPart?.Numbering);

    /// <summary>Returns a paragraph's effective properties.</summary>
    /// <param name="direct">The paragraph's own w:pPr, read.</param>
    /// <param name="tableStyle">The style of the table the paragraph is in, or null outside tables.</param>
    /// <returns>The effective properties.</returns>
    internal ParagraphFormat Paragraph(ParagraphFormat direct, string? tableStyle)
    {
        string? style = ParagraphStyle(direct.StyleId);
        (int id, int level) = direct.Numbering ?? (-1, 0);
        if (!paragraphBases.TryGetValue((tableStyle, style, id, level), out ParagraphFormat? based))
        {
            ParagraphFormat styled = Chain(style).Paragraph;
            (int Id, int Level)? numbered = id >= 0 ? (id, level) : styled.Numbering;
            based = styled
                .Over(numbered is { } n ? Level(n.Id, n.Level) : ParagraphFormat.Empty)
                .Over(tableStyle is null ? ParagraphFormat.Empty : Chain(tableStyle).Paragraph)
                .Over(defaultParagraph);
            paragraphBases.Add((tableStyle, style, id, level), based);
        }

        return direct.Over(based);
    }

    /// <summary>Returns a run's effective properties.</summary>
    /// <param name="direct">The run's own w:rPr, read.</param>
    /// <param name="paragraphStyle">The paragraph's w:pStyle, or null for the default paragraph style.</param>
    /// <param name="tableStyle">The style of the table the paragraph is in, or null outside tables.</param>
    /// <returns>The effective properties.</returns>
    internal RunFormat Run(RunFormat direct, string? paragraphStyle, string? tableStyle)
    {
        string? style = ParagraphStyle(paragraphStyle);
        string? character = direct.StyleId is { } rStyle && styles.ContainsKey(rStyle) ? rStyle : defaultCharacterStyle;
        if (!runBases.TryGetValue((tableStyle, style, character), out RunFormat? based))
        {
            based = Chain(character).Run
                .Over(Chain(style).Run)
                .Over(tableStyle is null ? RunFormat.Empty : Chain(tableStyle).Run)
                .Over(defaultRun);
            runBases.Add((tableStyle, style, character), based);
        }

        return direct.Over(based);
    }

    /// <summary>Returns the style id a table's w:tblStyle names when the style exists, else the default table style.</summary>
    internal string? TableStyle(string? named) => named is not null && styles.ContainsKey(named) ? named : DefaultTableStyle;

    private string? ParagraphStyle(string? named) => named is not null && styles.ContainsKey(named) ? named : defaultParagraphStyle;

    /// <summary>A style's properties with its basedOn chain layered below them, resolved once.</summary>
    private (RunFormat Run, ParagraphFormat Paragraph) Chain(string? id)
    {
        if (id is null)
        {
            return (RunFormat.Empty, ParagraphFormat.Empty);
        }

        if (chains.TryGetValue(id, out var resolved))
        {
            return resolved;
        }

        // Walk up to the root (a cycle or an absurd depth ends the walk), then layer from the root down.
        var path = new List<Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? at = id; at is not null && path.Count < MaxChain && seen.Add(at) && styles.TryGetValue(at, out Style? style);)
        {
            path.Add(style);
            at = style.BasedOn?.Val?.Value;
        }

        RunFormat run = RunFormat.Empty;
        ParagraphFormat paragraph = ParagraphFormat.Empty;
        for (int i = path.Count - 1; i >= 0; i--)
        {
            run = RunFormat.Read(path[i].StyleRunProperties, theme).Over(run);
            paragraph = ParagraphFormat.Read(path[i].StyleParagraphProperties).Over(paragraph);
        }

        chains[id] = (run, paragraph);
        return (run, paragraph);
    }

    /// <summary>The paragraph properties of a numbering level (w:lvl/w:pPr), through the instance's abstract numbering.</summary>
    private ParagraphFormat Level(int id, int level)
    {
        if (levels.TryGetValue((id, level), out ParagraphFormat? format))
        {
            return format;
        }

        format = ParagraphFormat.Empty;
        NumberingInstance? instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == id);
        Level? overridden = instance?.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.Level;
        int? abstractId = instance?.AbstractNumId?.Val?.Value;
        Level? found = overridden ?? numbering?.Elements<AbstractNum>()
            .FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)?
            .Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
        if (found?.PreviousParagraphProperties is { } properties)
        {
            format = ParagraphFormat.Read(properties);
        }

        levels[(id, level)] = format;
        return format;
    }
}
