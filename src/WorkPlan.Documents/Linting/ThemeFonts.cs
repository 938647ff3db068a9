using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Drawing = DocumentFormat.OpenXml.Drawing;

namespace WorkPlan.Documents.Linting;

/// <summary>
/// The theme's major (headings) and minor (body) fonts, to resolve a font given by its theme slot (w:asciiTheme=
/// "minorHAnsi" and the like): Word's own templates name every font that way.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
internal sealed class ThemeFonts
{
    /// <summary>No theme part: theme fonts stay unresolved.</summary>
    internal static readonly ThemeFonts None = new(null, null, null, null, null, null);

    private readonly string? majorLatin;
    private readonly string? majorEastAsian;
    private readonly string? majorComplexScript;
    private readonly string? minorLatin;
    private readonly string? minorEastAsian;
    private readonly string? minorComplexScript;

    private ThemeFonts(string? majorLatin, string? majorEastAsian, string? majorComplexScript, string? minorLatin, string? minorEastAsian, string? minorComplexScript)
    {
        this.majorLatin = majorLatin;
        this.majorEastAsian = majorEastAsian;
        this.majorComplexScript = majorComplexScript;
        this.minorLatin = minorLatin;
        this.minorEastAsian = minorEastAsian;
        this.minorComplexScript = minorComplexScript;
    }

    /// <summary>Creates the theme fonts from the fonts of a theme (a:major and a:minor), any of them null.</summary>
    internal static ThemeFonts Create(string? majorLatin, string? majorEastAsian, string? majorComplexScript, string? minorLatin, string? minorEastAsian, string? minorComplexScript) =>
        new(Blank(majorLatin), Blank(majorEastAsian), Blank(majorComplexScript), Blank(minorLatin), Blank(minorEastAsian), Blank(minorComplexScript));

    /// <summary>Reads the font scheme of the document's theme part, or <see cref="None"/> without one.</summary>
    internal static ThemeFonts Read(MainDocumentPart main)
    {
        Drawing.FontScheme? scheme = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
        if (scheme is null)
        {
            return None;
        }

        return Create(
            scheme.MajorFont?.LatinFont?.Typeface?.Value,
            scheme.MajorFont?.EastAsianFont?.Typeface?.Value,
            scheme.MajorFont?.ComplexScriptFont?.Typeface?.Value,
            scheme.MinorFont?.LatinFont?.Typeface?.Value,
            scheme.MinorFont?.EastAsianFont?.Typeface?.Value,
            scheme.MinorFont?.ComplexScriptFont?.Typeface?.Value);
    }

    /// <summary>
    /// Returns the font a theme slot stands for, or null when no slot is given. A slot the theme leaves empty (an
    /// East Asian font chosen by language) resolves to the slot's own name in brackets, so that it is reported as
    /// what it is rather than taken for a font.
    /// </summary>
    internal string? Resolve(EnumValue<DocumentFormat.OpenXml.Wordprocessing.ThemeFontValues>? slot)
    {
        if (slot is null || !slot.HasValue)
        {
            return null;
        }

        string name = slot.InnerText ?? string.Empty;
        string? font = name switch
        {
            "majorAscii" or "majorHAnsi" => majorLatin,
            "majorEastAsia" => majorEastAsian,
            "majorBidi" => majorComplexScript,
            "minorAscii" or "minorHAnsi" => minorLatin,
            "minorEastAsia" => minorEastAsian,
            "minorBidi" => minorComplexScript,
            _ => null,
        };
        return font ?? "(theme font " + name + ")";
    }

    private static string? Blank(string? font) => string.IsNullOrWhiteSpace(font) ? null : font;
}
