using ExCSS;
using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Rendering.Styling;

/// <summary>
/// Turns the properties ExCSS read for one rule (shorthands already expanded into longhands) into
/// <see cref="StyleProperties"/>, checking each value; errors point at the declaration as written.
/// </summary>
/// <remarks>Not thread-safe; one per rule.</remarks>
internal sealed class PropertyBuilder
{
    private static readonly string[] Sides = ["top", "right", "bottom", "left"];

    private readonly CssSource source;
    private readonly string sourceName;
    private readonly string selector;
    private readonly List<SourceDeclaration> declarations;
    private readonly bool[] used;
    private readonly double?[] borderWidth = new double?[4];
    private readonly BorderLineStyle?[] borderStyle = new BorderLineStyle?[4];
    private readonly string?[] borderColor = new string?[4];
    private readonly bool[] borderSet = new bool[4];
    private StyleProperties result = StyleProperties.Empty;

    /// <summary>Starts a rule.</summary>
    /// <param name="source">The CSS text.</param>
    /// <param name="sourceName">The stylesheet's name.</param>
    /// <param name="selector">The rule's selector text.</param>
    /// <param name="declarations">The declarations as written in the rule.</param>
    public PropertyBuilder(CssSource source, string sourceName, string selector, List<SourceDeclaration> declarations)
    {
        this.source = source;
        this.sourceName = sourceName;
        this.selector = selector;
        this.declarations = declarations;
        used = new bool[declarations.Count];
    }

    /// <summary>Applies one property ExCSS read.</summary>
    /// <param name="property">The property.</param>
    public void Apply(IProperty property)
    {
        string name = property.Name;
        var declaration = FindDeclaration(name);
        string value = property.Original?.Trim() ?? string.Empty;
        if (property.IsImportant)
        {
            throw Error(declaration, "!important is not supported (later rules win: override in a later rule or a stylesheet added after this one)");
        }

        switch (name)
        {
            case "font-family":
                result = result with { FontFamilyCss = value, FontFamily = FontFamily(declaration, value) };
                break;
            case "font-size":
                result = result with { FontSize = FontSize(declaration, value) };
                break;
            case "font-weight":
                result = result with { Bold = Keyword(declaration, value, ("normal", false), ("bold", true), ("400", false), ("700", true)) };
                break;
            case "font-style":
                result = result with { Italic = Keyword(declaration, value, ("normal", false), ("italic", true)) };
                break;
            case "text-transform":
                result = result with { Uppercase = Keyword(declaration, value, ("none", false), ("uppercase", true)) };
                break;
            case "text-decoration-line":
                result = result with { Underline = Keyword(declaration, value, ("none", false), ("underline", true)) };
                break;
            case "text-decoration-style" or "text-decoration-color":
                if (value != "initial")
                {
                    throw Error(declaration, "text-decoration takes only none or underline");
                }

                break;
            case "color":
                result = result with { Color = Color(declaration, property.Value) };
                break;
            case "text-align":
                result = result with { TextAlign = Keyword(declaration, value, ("left", TextAlignment.Left), ("center", TextAlignment.Center), ("right", TextAlignment.Right), ("justify", TextAlignment.Justify)) };
                break;
            case "text-indent":
                result = result with { TextIndent = Length(declaration, value, StyleSheetLimits.Indent) };
                break;
            case "line-height":
                result = result with { LineHeight = LineHeightValue(declaration, value) };
                break;
            case "margin-top":
                result = result with { MarginTop = Length(declaration, value, StyleSheetLimits.ParagraphSpacing) };
                break;
            case "margin-bottom":
                result = result with { MarginBottom = Length(declaration, value, StyleSheetLimits.ParagraphSpacing) };
                break;
            case "margin-left":
                result = result with { MarginLeft = Length(declaration, value, StyleSheetLimits.Indent) };
                break;
            case "margin-right":
                result = result with { MarginRight = Length(declaration, value, StyleSheetLimits.Indent) };
                break;
            case "padding-top":
                result = result with { PaddingTop = Length(declaration, value, StyleSheetLimits.CellPadding) };
                break;
            case "padding-right":
                result = result with { PaddingRight = Length(declaration, value, StyleSheetLimits.CellPadding) };
                break;
            case "padding-bottom":
                result = result with { PaddingBottom = Length(declaration, value, StyleSheetLimits.CellPadding) };
                break;
            case "padding-left":
                result = result with { PaddingLeft = Length(declaration, value, StyleSheetLimits.CellPadding) };
                break;
            case "width":
                result = result with { Width = Width(declaration, value) };
                break;
            case "vertical-align":
                result = result with { VerticalAlign = Keyword(declaration, value, ("top", CellVerticalAlignment.Top), ("middle", CellVerticalAlignment.Middle), ("bottom", CellVerticalAlignment.Bottom)) };
                break;
            default:
                if (!ApplyBorder(declaration, name, value, property.Value))
                {
                    throw Error(declaration, $"'{name}' (from '{declaration.Name}') is not in the supported subset");
                }

                break;
        }
    }

    /// <summary>Requires every declaration of the rule to have produced a property (ExCSS drops what it cannot parse).</summary>
    public void RequireEveryDeclarationUsed()
    {
        for (int i = 0; i < used.Length; i++)
        {
            if (!used[i])
            {
                throw Error(declarations[i], $"the value '{declarations[i].Value}' could not be read");
            }
        }
    }

    /// <summary>Returns the values of the rule.</summary>
    /// <returns>The values.</returns>
    public StyleProperties Build()
    {
        var borders = new BorderLine?[4];
        for (int i = 0; i < 4; i++)
        {
            if (borderSet[i])
            {
                borders[i] = new BorderLine(
                    borderWidth[i] ?? BorderLine.Default.WidthPoints,
                    borderStyle[i] ?? BorderLineStyle.None,
                    borderColor[i] ?? BorderLine.Default.Color);
            }
        }

        return result with
        {
            BorderTop = borders[0] ?? result.BorderTop,
            BorderRight = borders[1] ?? result.BorderRight,
            BorderBottom = borders[2] ?? result.BorderBottom,
            BorderLeft = borders[3] ?? result.BorderLeft,
        };
    }

    private bool ApplyBorder(SourceDeclaration declaration, string name, string value, string normalized)
    {
        if (!name.StartsWith("border-", StringComparison.Ordinal))
        {
            return false;
        }

        string[] parts = name.Split('-');
        int side = parts.Length == 3 ? Array.IndexOf(Sides, parts[1]) : -1;
        if (side < 0)
        {
            return false;
        }

        borderSet[side] = true;
        switch (parts[2])
        {
            case "width":
                borderWidth[side] = value switch
                {
                    "initial" => null,
                    "thin" => 0.5,
                    "medium" => 1.0,
                    "thick" => 1.5,
                    _ => BorderWidth(declaration, value),
                };
                return true;
            case "style":
                borderStyle[side] = value == "initial"
                    ? BorderLineStyle.None
                    : Keyword(declaration, value, ("none", BorderLineStyle.None), ("solid", BorderLineStyle.Solid), ("double", BorderLineStyle.Double), ("dotted", BorderLineStyle.Dotted), ("dashed", BorderLineStyle.Dashed));
                return true;
            case "color":
                borderColor[side] = value is "initial" or "currentcolor" ? null : Color(declaration, normalized);
                return true;
            default:
                return false;
        }
    }

    private SourceDeclaration FindDeclaration(string longhand)
    {
        int found = -1;
        for (int i = 0; i < declarations.Count; i++)
        {
            if (Produces(declarations[i].Name, longhand))
            {
                used[i] = true;
                found = i;
            }
        }

        return found >= 0
            ? declarations[found]
            : new SourceDeclaration(longhand, string.Empty, source.Masked.Length == 0 ? 0 : source.Masked.Length - 1);
    }

    /// <summary>Whether the declaration <paramref name="written"/> sets <paramref name="longhand"/> (itself or as a shorthand).</summary>
    private static bool Produces(string written, string longhand)
    {
        if (written == longhand || longhand.StartsWith(written + "-", StringComparison.Ordinal))
        {
            return true;
        }

        // border-width / border-style / border-color set border-<side>-width / -style / -color.
        return written.StartsWith("border-", StringComparison.Ordinal)
            && written.IndexOf('-', 7) < 0
            && longhand.StartsWith("border-", StringComparison.Ordinal)
            && longhand.EndsWith(written.Substring(6), StringComparison.Ordinal);
    }

    private string FontFamily(SourceDeclaration declaration, string value) =>
        CssValues.FirstFamily(value) switch
        {
            null => throw Error(declaration, "expected a font family such as \"Times New Roman\", serif"),
            { Length: > StyleSheetLimits.MaxFontFamilyLength } family => throw Error(
                declaration,
                $"'{family}' is {family.Length} characters long; Word accepts font names of 1 to {StyleSheetLimits.MaxFontFamilyLength} characters"),
            var family => family,
        };

    private double FontSize(SourceDeclaration declaration, string value)
    {
        string s = value.Trim();
        if (!s.EndsWith("pt", StringComparison.Ordinal)
            || !CssValues.TryNumber(s.Substring(0, s.Length - 2), false, out double size)
            || size < StyleSheetLimits.MinFontSize
            || size > StyleSheetLimits.MaxFontSize)
        {
            throw Error(declaration, $"'{value}' is not a font size in points from 1pt to 1638pt (Word measures type in points; px, em and % are not supported)");
        }

        return size;
    }

    /// <summary>Reads a length and requires Word to accept it where it ends up (<paramref name="range"/>).</summary>
    private double Length(SourceDeclaration declaration, string value, WordRange range)
    {
        bool allowNegative = range.Min < 0;
        if (!CssValues.TryLength(value, allowNegative, out double points))
        {
            string sign = allowNegative ? string.Empty : "non-negative ";
            throw Error(declaration, $"'{value}' is not a {sign}length in pt, mm, cm or in");
        }

        if (!range.Contains(points))
        {
            throw Error(declaration, $"{Shown(value, points)} is outside the range Word accepts for {range.What}: {Describe(range)}");
        }

        return points;
    }

    /// <summary>A border width: 0 draws no line; any other width must be one Word can draw (w:sz 2 to 96 eighths).</summary>
    private double BorderWidth(SourceDeclaration declaration, string value)
    {
        if (!CssValues.TryLength(value, false, out double points))
        {
            throw Error(declaration, $"'{value}' is not a non-negative length in pt, mm, cm or in");
        }

        var range = StyleSheetLimits.BorderWidth;
        if (points != 0 && !range.Contains(points))
        {
            throw Error(declaration, $"{Shown(value, points)} is outside the range Word accepts for {range.What}: {Describe(range)}, or 0 for no line");
        }

        return points;
    }

    private LayoutLength Width(SourceDeclaration declaration, string value)
    {
        if (!LayoutLength.TryParse(value, allowPercent: true, out var length))
        {
            throw Error(declaration, $"'{value}' is not a width in pt, mm, cm, in or %");
        }

        var range = StyleSheetLimits.TableWidth;
        if (!length.IsPercent && !range.Contains(length.Value))
        {
            throw Error(declaration, $"{Shown(value, length.Value)} is outside the range Word accepts for {range.What}: {Describe(range)}");
        }

        return length;
    }

    private LineHeight LineHeightValue(SourceDeclaration declaration, string value)
    {
        if (value == "normal")
        {
            return new LineHeight(1.0, false);
        }

        LineHeight height;
        if (CssValues.TryNumber(value, false, out double multiple) && multiple > 0)
        {
            height = new LineHeight(multiple, false);
        }
        else if (CssValues.TryLength(value, false, out double points) && points > 0)
        {
            height = new LineHeight(points, true);
        }
        else
        {
            throw Error(declaration, $"'{value}' is not a line height: a multiple such as 1.15, or a length such as 18pt");
        }

        var multiples = StyleSheetLimits.LineMultiple;
        var exact = StyleSheetLimits.ExactLineHeight;
        if (!(height.IsExact ? exact : multiples).Contains(height.Value))
        {
            string shown = height.IsExact ? Shown(value, height.Value) : $"'{value}'";
            throw Error(
                declaration,
                $"{shown} is outside the range Word accepts for {exact.What}: a multiple from {Number(multiples.Min)} to {Number(multiples.Max)}, or a length from {Describe(exact)}");
        }

        return height;
    }

    private string Color(SourceDeclaration declaration, string normalized)
    {
        if (!CssValues.TryColor(normalized, out string hex))
        {
            throw Error(declaration, $"'{declaration.Value}' is not an opaque colour such as #000000, #000 or black");
        }

        return hex;
    }

    private T Keyword<T>(SourceDeclaration declaration, string value, params (string Text, T Value)[] choices)
    {
        foreach (var (text, result) in choices)
        {
            if (string.Equals(text, value, StringComparison.OrdinalIgnoreCase))
            {
                return result;
            }
        }

        var names = new string[choices.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = choices[i].Text;
        }

        throw Error(declaration, $"'{value}' is not one of: {string.Join(", ", names)}");
    }

    /// <summary>The value as written, with its size in points when written in another unit: <c>'-23in' (-1656pt)</c>.</summary>
    private static string Shown(string value, double points)
    {
        string s = value.Trim();
        return s == "0" || s.EndsWith("pt", StringComparison.Ordinal) ? $"'{s}'" : $"'{s}' ({WordRange.Points(points)})";
    }

    private static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The range in points, with 22in named where it is the limit.</summary>
    private static string Describe(WordRange range) =>
        range.Max == StyleSheetLimits.MaxLength ? range.Describe() + " (22in)" : range.Describe();

    private StyleSheetException Error(SourceDeclaration declaration, string reason) =>
        StyleSheetParser.DeclarationError(source, declaration, sourceName, selector, reason);
}
