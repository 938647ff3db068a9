using System.Globalization;

namespace WorkPlan.Documents.Rendering.Layout;

/// <summary>
/// The names of the layout markup (v1): elements, the attributes each takes, and the values each attribute accepts,
/// with the reason a value is refused. See <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/templates.md">docs/templates.md</see> and <see href="https://github.com/workplan-documents/WorkPlan.Documents/blob/main/docs/layout-markup.xsd">docs/layout-markup.xsd</see>. The one home of these rules:
/// the reader (<see cref="LayoutMarkupReader"/>) and the template checker both read them here.
/// </summary>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
internal static class LayoutMarkupVocabulary
{
    /// <summary>The processing instruction that opens a partial's output: <c>&lt;?partial-begin NAME?&gt;</c>.</summary>
    public const string PartialBegin = "partial-begin";

    /// <summary>The processing instruction that closes a partial's output: <c>&lt;?partial-end NAME?&gt;</c>.</summary>
    public const string PartialEnd = "partial-end";

    /// <summary>The list markers <c>&lt;ul marker="…"&gt;</c> accepts (hyphen-minus, en dash, plus, bullet).</summary>
    public static readonly IReadOnlyList<string> ListMarkers = ["-", "\u2013", "+", "\u2022"];

    /// <summary>The inline elements, allowed in <c>p</c>, <c>li</c> and <c>span</c>.</summary>
    public static readonly IReadOnlyList<string> InlineElements = ["span", "b", "i", "u", "br", "page-number"];

    /// <summary>The attributes of <c>&lt;document&gt;</c>.</summary>
    internal static readonly string[] DocumentAttributes = ["lang", "title"];

    /// <summary>The attributes of <c>&lt;section&gt;</c>: page setup.</summary>
    internal static readonly string[] SectionAttributes =
    [
        "page-size", "orientation", "margin-top", "margin-bottom", "margin-left", "margin-right",
        "header-margin", "footer-margin", "page-numbering", "page-number-start", "first-page-header",
    ];

    /// <summary>The attributes of the elements that take none.</summary>
    internal static readonly string[] NoAttributes = [];

    /// <summary>The attributes of <c>&lt;p&gt;</c>.</summary>
    internal static readonly string[] ParagraphAttributes = ["id", "class", "space", "keep-with-next"];

    /// <summary>The attributes of <c>&lt;ul&gt;</c>.</summary>
    internal static readonly string[] ListAttributes = ["class", "marker"];

    /// <summary>The attributes of <c>&lt;li&gt;</c>.</summary>
    internal static readonly string[] ListItemAttributes = ["class", "space"];

    /// <summary>The attributes of <c>&lt;rule&gt;</c>.</summary>
    internal static readonly string[] RuleAttributes = ["class", "length", "of", "align"];

    /// <summary>The attributes of <c>&lt;span&gt;</c>.</summary>
    internal static readonly string[] SpanAttributes = ["class", "space"];

    /// <summary>The attributes of <c>&lt;table&gt;</c>.</summary>
    internal static readonly string[] TableAttributes = ["class", "borders", "header-rows", "rows-can-split", "width"];

    /// <summary>The attributes of <c>&lt;col&gt;</c>.</summary>
    internal static readonly string[] ColumnAttributes = ["width"];

    /// <summary>The attributes of <c>&lt;td&gt;</c>.</summary>
    internal static readonly string[] CellAttributes = ["class", "colspan", "rowspan", "valign"];

    /// <summary>The values of <c>space</c>.</summary>
    internal static readonly (string Text, bool Value)[] SpaceValues = [("collapse", false), ("preserve", true)];

    /// <summary>The values of a rule's <c>align</c>.</summary>
    internal static readonly (string Text, RuleAlignment Value)[] RuleAlignValues = [("center", RuleAlignment.Center), ("left", RuleAlignment.Left), ("right", RuleAlignment.Right)];

    /// <summary>The values of a table's <c>borders</c>.</summary>
    internal static readonly (string Text, TableBorders Value)[] BorderValues = [("none", TableBorders.None), ("all", TableBorders.All), ("outer", TableBorders.Outer), ("inner", TableBorders.Inner)];

    /// <summary>The values of <c>page-size</c>.</summary>
    internal static readonly (string Text, PaperSize Value)[] PaperValues = [("A4", PaperSize.A4), ("A5", PaperSize.A5), ("A3", PaperSize.A3)];

    /// <summary>The values of <c>orientation</c>.</summary>
    internal static readonly (string Text, PageOrientation Value)[] OrientationValues = [("portrait", PageOrientation.Portrait), ("landscape", PageOrientation.Landscape)];

    /// <summary>The values of <c>page-numbering</c>.</summary>
    internal static readonly (string Text, PageNumbering Value)[] NumberingValues = [("continue", PageNumbering.Continue), ("restart", PageNumbering.Restart)];

    /// <summary>The values of <c>first-page-header</c>.</summary>
    internal static readonly (string Text, FirstPageHeader Value)[] FirstPageHeaderValues = [("same", FirstPageHeader.Same), ("hidden", FirstPageHeader.Hidden)];

    /// <summary>The values of the yes/no attributes (<c>keep-with-next</c>, <c>rows-can-split</c>).</summary>
    internal static readonly (string Text, bool Value)[] BooleanValues = [("true", true), ("false", false)];

    /// <summary>The values of a cell's <c>valign</c>.</summary>
    internal static readonly (string Text, CellVerticalAlignment? Value)[] ValignValues = [("top", CellVerticalAlignment.Top), ("middle", CellVerticalAlignment.Middle), ("bottom", CellVerticalAlignment.Bottom)];

    /// <summary>The range of <c>header-rows</c>.</summary>
    internal static readonly (int Min, int Max) HeaderRowsRange = (0, 1000);

    /// <summary>The range of <c>colspan</c>.</summary>
    internal static readonly (int Min, int Max) ColumnSpanRange = (1, 1000);

    /// <summary>The range of <c>rowspan</c>.</summary>
    internal static readonly (int Min, int Max) RowSpanRange = (1, 100000);

    /// <summary>The range of <c>page-number-start</c>.</summary>
    internal static readonly (int Min, int Max) PageNumberStartRange = (0, 32767);

    /// <summary>Every element of the markup with the attributes it takes.</summary>
    internal static readonly IReadOnlyDictionary<string, string[]> Elements = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["document"] = DocumentAttributes,
        ["section"] = SectionAttributes,
        ["page-header"] = NoAttributes,
        ["p"] = ParagraphAttributes,
        ["table"] = TableAttributes,
        ["col"] = ColumnAttributes,
        ["tr"] = NoAttributes,
        ["td"] = CellAttributes,
        ["ul"] = ListAttributes,
        ["li"] = ListItemAttributes,
        ["rule"] = RuleAttributes,
        ["page-break"] = NoAttributes,
        ["span"] = SpanAttributes,
        ["b"] = NoAttributes,
        ["i"] = NoAttributes,
        ["u"] = NoAttributes,
        ["br"] = NoAttributes,
        ["page-number"] = NoAttributes,
    };

    /// <summary>Returns whether <paramref name="name"/> is a usable class name (a CSS identifier: letters, digits, '-', '_', not starting with a digit).</summary>
    /// <param name="name">The class attribute's value.</param>
    /// <returns>True for one identifier.</returns>
    public static bool IsClassName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]) || (name[0] == '-' && (name.Length == 1 || char.IsDigit(name[1]))))
        {
            return false;
        }

        foreach (char c in name)
        {
            bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether <paramref name="tag"/> looks like a BCP 47 language tag (letters and digits in parts of 1–8, the first of 2–3).</summary>
    /// <param name="tag">The <c>lang</c> attribute's value.</param>
    /// <returns>True for a tag such as "vi" or "vi-VN".</returns>
    public static bool IsLanguageTag(string tag)
    {
        string[] parts = tag.Split('-');
        if (parts[0].Length is < 2 or > 3)
        {
            return false;
        }

        foreach (string part in parts)
        {
            if (part.Length is 0 or > 8)
            {
                return false;
            }

            foreach (char c in part)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The reason a class attribute's value is refused.</summary>
    /// <param name="name">The value.</param>
    /// <returns>The reason shown after the location.</returns>
    public static string ClassNameProblem(string name) =>
        $"'{name}' is not one class name (letters, digits, '-' and '_'; one class per element, as Word applies one style)";

    /// <summary>The reason a value outside a list of choices is refused.</summary>
    /// <typeparam name="T">The type of the choices' values.</typeparam>
    /// <param name="text">The value.</param>
    /// <param name="choices">The accepted values.</param>
    /// <returns>The reason shown after the location.</returns>
    public static string ChoiceProblem<T>(string text, (string Text, T Value)[] choices)
    {
        var names = new string[choices.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = choices[i].Text;
        }

        return $"'{text}' is not one of: {string.Join(", ", names)}";
    }

    /// <summary>Parses a length attribute, or says why it is refused.</summary>
    /// <param name="text">The value.</param>
    /// <param name="allowPercent">Whether a percentage is accepted (widths).</param>
    /// <param name="length">The length, when accepted.</param>
    /// <returns>Null when accepted, else the reason.</returns>
    public static string? LengthProblem(string text, bool allowPercent, out LayoutLength length)
    {
        if (!LayoutLength.TryParse(text, allowPercent, out length))
        {
            string units = allowPercent ? "mm, cm, pt, in or %" : "mm, cm, pt or in";
            return $"'{text}' is not a length in {units} (e.g. 20mm)";
        }

        // 22in (1584pt, 31680 twips): the largest length Word accepts for page sizes, margins and widths
        // (docs/limits.md); a longer one would be cast into a different .docx.
        if (!length.IsPercent && Math.Round(length.Value * 20.0, MidpointRounding.AwayFromZero) > 31680)
        {
            return $"'{text}' is longer than 22in (1584pt), the largest length Word accepts";
        }

        return null;
    }

    /// <summary>Parses a whole-number attribute, or says why it is refused.</summary>
    /// <param name="text">The value.</param>
    /// <param name="range">The accepted range, inclusive.</param>
    /// <param name="value">The number, when accepted.</param>
    /// <returns>Null when accepted, else the reason.</returns>
    public static string? IntegerProblem(string text, (int Min, int Max) range, out int value)
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) || value < range.Min || value > range.Max)
        {
            return $"'{text}' is not a whole number from {range.Min} to {range.Max}";
        }

        return null;
    }

    /// <summary>Parses a rule's <c>length</c> (a fraction of the text width), or says why it is refused.</summary>
    /// <param name="text">The value: 1, 1/3, 0.4…</param>
    /// <param name="value">The fraction, when accepted.</param>
    /// <returns>Null when accepted, else the reason.</returns>
    public static string? FractionProblem(string text, out double value)
    {
        string[] parts = text.Split('/');
        bool ok;
        if (parts.Length == 2)
        {
            ok = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int numerator)
                & int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int denominator);
            value = ok && denominator > 0 ? (double)numerator / denominator : 0;
        }
        else
        {
            ok = double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        return ok && value > 0 && value <= 1
            ? null
            : $"'{text}' is not a fraction of the text width in (0, 1], such as 1, 1/3 or 0.4";
    }

    /// <summary>
    /// Checks an attribute value on its own, without the markup around it (what a checker can see in a template's
    /// literal text): the same reasons the reader gives. Rules that need the document (a rule's target paragraph,
    /// a duplicate id, the grid a span must fit) are left to the reader.
    /// </summary>
    /// <param name="element">The element's name.</param>
    /// <param name="attribute">The attribute's name, one the element takes.</param>
    /// <param name="value">The value as written (entities already decoded).</param>
    /// <returns>Null when accepted, else the reason.</returns>
    public static string? ValueProblem(string element, string attribute, string value)
    {
        switch (attribute)
        {
            case "class":
                return IsClassName(value) ? null : ClassNameProblem(value);
            case "id":
                return IsClassName(value) ? null : IdProblem(value);
            case "space":
                return Choose(value, SpaceValues);
            case "keep-with-next" or "rows-can-split":
                return Choose(value, BooleanValues);
            case "marker":
                return ListMarkers.Contains(value) ? null : MarkerProblem(value);
            case "align":
                return Choose(value, RuleAlignValues);
            case "of":
                return value == "previous" || (value.Length > 1 && value[0] == '#') ? null : OfProblem(value);
            case "length" when element == "rule":
                return FractionProblem(value, out _);
            case "borders":
                return Choose(value, BorderValues);
            case "header-rows":
                return IntegerProblem(value, HeaderRowsRange, out _);
            case "colspan":
                return IntegerProblem(value, ColumnSpanRange, out _);
            case "rowspan":
                return IntegerProblem(value, RowSpanRange, out _);
            case "valign":
                return Choose(value, ValignValues);
            case "width":
                return LengthProblem(value, allowPercent: true, out _);
            case "lang":
                return IsLanguageTag(value) ? null : LanguageProblem(value);
            case "page-size":
                return Choose(value, PaperValues);
            case "orientation":
                return Choose(value, OrientationValues);
            case "page-numbering":
                return Choose(value, NumberingValues);
            case "first-page-header":
                return Choose(value, FirstPageHeaderValues);
            case "page-number-start":
                return IntegerProblem(value, PageNumberStartRange, out _);
            case "margin-top" or "margin-bottom" or "margin-left" or "margin-right" or "header-margin" or "footer-margin":
                return LengthProblem(value, allowPercent: false, out _);
            default:
                return null;
        }
    }

    /// <summary>The reason an attribute is refused on an element that does not take it.</summary>
    /// <param name="element">The element's name.</param>
    /// <param name="attribute">The attribute's name.</param>
    /// <param name="allowed">The attributes the element takes.</param>
    /// <returns>The reason.</returns>
    public static string AttributeProblem(string element, string attribute, string[] allowed)
    {
        string expected = allowed.Length == 0 ? "it takes no attributes" : "allowed: " + string.Join(", ", allowed);
        return attribute.StartsWith("xmlns", StringComparison.Ordinal)
            ? "the layout markup uses no XML namespace; remove the declaration"
            : $"attribute '{attribute}' is not part of the layout markup on <{element}> ({expected})";
    }

    /// <summary>The reason an id is refused.</summary>
    /// <param name="id">The value.</param>
    /// <returns>The reason.</returns>
    public static string IdProblem(string id) => $"'{id}' is not an identifier (letters, digits, '-' and '_')";

    /// <summary>The reason a list marker is refused.</summary>
    /// <param name="marker">The value.</param>
    /// <returns>The reason.</returns>
    public static string MarkerProblem(string marker) =>
        $"'{marker}' is not a supported marker ({string.Join(" ", ListMarkers)})";

    /// <summary>The reason a rule's <c>of</c> is refused when it is neither form.</summary>
    /// <param name="of">The value.</param>
    /// <returns>The reason.</returns>
    public static string OfProblem(string of) => $"'{of}' is neither 'previous' nor '#id' of an earlier <p>";

    /// <summary>The reason a <c>lang</c> is refused.</summary>
    /// <param name="language">The value.</param>
    /// <returns>The reason.</returns>
    public static string LanguageProblem(string language) => $"'{language}' is not a language tag such as 'vi' or 'vi-VN'";

    private static string? Choose<T>(string text, (string Text, T Value)[] choices)
    {
        foreach (var choice in choices)
        {
            if (choice.Text == text)
            {
                return null;
            }
        }

        return ChoiceProblem(text, choices);
    }
}
