using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// The character properties of one level of the style hierarchy (document defaults, a table, paragraph or character
/// style, a run's direct formatting), or — after <see cref="Over"/> has layered the levels — a run's effective ones.
/// A null property is not set at this level and comes from the level below.
/// </summary>
/// <remarks>
/// Bold, italic and capitals are toggle properties in WordprocessingML: set in both a paragraph style and a character
/// style they cancel out (ECMA-376 Part 1, 17.7.3). That case is rare and this type layers them as plain overrides,
/// as direct formatting does; <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/lint.md">docs/lint.md</see> says so.
/// </remarks>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class RunFormat
{
    /// <summary>Nothing set: the level that adds nothing.</summary>
    internal static readonly RunFormat Empty = new();

    /// <summary>Gets the font of the ASCII slot (w:ascii, or the theme font w:asciiTheme names).</summary>
    internal string? Ascii { get; private init; }

    /// <summary>Gets the font of the high-ANSI slot (w:hAnsi): the Vietnamese letters with diacritics.</summary>
    internal string? HighAnsi { get; private init; }

    /// <summary>Gets the font of the East Asian slot (w:eastAsia).</summary>
    internal string? EastAsia { get; private init; }

    /// <summary>Gets the font of the complex-script slot (w:cs).</summary>
    internal string? ComplexScript { get; private init; }

    /// <summary>Gets the font hint (w:hint): "eastAsia" makes shared characters use the East Asian slot.</summary>
    internal string? Hint { get; private init; }

    /// <summary>Gets the size in half-points (w:sz).</summary>
    internal int? HalfPoints { get; private init; }

    /// <summary>Gets bold (w:b).</summary>
    internal bool? Bold { get; private init; }

    /// <summary>Gets italic (w:i).</summary>
    internal bool? Italic { get; private init; }

    /// <summary>Gets all capitals (w:caps): lower-case letters shown as capitals.</summary>
    internal bool? Caps { get; private init; }

    /// <summary>Gets hidden text (w:vanish).</summary>
    internal bool? Hidden { get; private init; }

    /// <summary>Gets an underline other than none (w:u).</summary>
    internal bool? Underline { get; private init; }

    /// <summary>Gets the colour: "auto", six hex digits, or "theme:" and the theme colour's name.</summary>
    internal string? Color { get; private init; }

    /// <summary>Gets the character style (w:rStyle) a run names; only read from direct formatting.</summary>
    internal string? StyleId { get; private init; }

    /// <summary>Gets the size in points, or null when not set.</summary>
    internal double? Points => HalfPoints / 2.0;

    /// <summary>Returns this level over <paramref name="lower"/>: each property from here when set, else from below.</summary>
    /// <param name="lower">The level below (closer to the document defaults).</param>
    /// <returns>The layered properties.</returns>
    internal RunFormat Over(RunFormat lower)
    {
        if (ReferenceEquals(this, Empty))
        {
            return lower;
        }

        if (ReferenceEquals(lower, Empty))
        {
            return this;
        }

        return new RunFormat
        {
            Ascii = Ascii ?? lower.Ascii,
            HighAnsi = HighAnsi ?? lower.HighAnsi,
            EastAsia = EastAsia ?? lower.EastAsia,
            ComplexScript = ComplexScript ?? lower.ComplexScript,
            Hint = Hint ?? lower.Hint,
            HalfPoints = HalfPoints ?? lower.HalfPoints,
            Bold = Bold ?? lower.Bold,
            Italic = Italic ?? lower.Italic,
            Caps = Caps ?? lower.Caps,
            Hidden = Hidden ?? lower.Hidden,
            Underline = Underline ?? lower.Underline,
            Color = Color ?? lower.Color,
            StyleId = StyleId ?? lower.StyleId,
        };
    }

    /// <summary>Reads the character properties of one level (w:rPr of a run, a style, the defaults or a paragraph mark).</summary>
    /// <param name="properties">The properties element, or null for none.</param>
    /// <param name="theme">The theme, for fonts named by their theme slot.</param>
    /// <returns>The level; <see cref="Empty"/> when nothing is set.</returns>
    internal static RunFormat Read(OpenXmlElement? properties, ThemeFonts theme)
    {
        if (properties is null || !properties.HasChildren)
        {
            return Empty;
        }

        RunFonts? fonts = properties.GetFirstChild<RunFonts>();
        Color? color = properties.GetFirstChild<Color>();
        Underline? underline = properties.GetFirstChild<Underline>();
        return new RunFormat
        {
            // A theme attribute wins over the font name beside it (ECMA-376 Part 1, 17.3.2.26).
            Ascii = theme.Resolve(fonts?.AsciiTheme) ?? fonts?.Ascii?.Value,
            HighAnsi = theme.Resolve(fonts?.HighAnsiTheme) ?? fonts?.HighAnsi?.Value,
            EastAsia = theme.Resolve(fonts?.EastAsiaTheme) ?? fonts?.EastAsia?.Value,
            ComplexScript = theme.Resolve(fonts?.ComplexScriptTheme) ?? fonts?.ComplexScript?.Value,
            Hint = fonts?.Hint?.InnerText,
            HalfPoints = ParseInt(properties.GetFirstChild<FontSize>()?.Val?.Value),
            Bold = OnOff(properties.GetFirstChild<Bold>()),
            Italic = OnOff(properties.GetFirstChild<Italic>()),
            Caps = OnOff(properties.GetFirstChild<Caps>()),
            Hidden = OnOff(properties.GetFirstChild<Vanish>()),
            Underline = underline is null ? null : underline.Val is null || underline.Val.InnerText != "none",
            Color = color is null ? null
                : color.ThemeColor is not null ? "theme:" + color.ThemeColor.InnerText
                : color.Val?.Value,
            StyleId = properties.GetFirstChild<RunStyle>()?.Val?.Value,
        };
    }

    /// <summary>An on/off property: present without a value means on.</summary>
    internal static bool? OnOff(OnOffType? element) => element is null ? null : element.Val is null || element.Val.Value;

    internal static int? ParseInt(string? text) =>
        text is not null && int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value)
            ? value
            : text is not null && double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double fractional)
                ? (int)Math.Round(fractional)
                : null;
}
