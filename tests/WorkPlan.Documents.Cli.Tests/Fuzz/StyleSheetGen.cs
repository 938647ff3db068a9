using System.Globalization;
using System.Text;
using CsCheck;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// Stylesheets of generated rules: known and unknown selectors and properties, absurd lengths (1e20pt, 2000pt,
/// negative, NaN), font families over 31 characters, broken syntax; a few rules or very many.
/// </summary>
public static class StyleSheetGen
{
    private static readonly string[] Selectors =
        ["body", "p", "td", "table", "*", ".agency-name", ".schedule-cell", ".schedule-content", ".header-cell", ".page-number", ".nope", "#agency-name", "p.a > b", "@page", "@media print", "", "..x", ".a,", "p:hover"];

    private static readonly string[] Properties =
        ["font-family", "font-size", "font-weight", "font-style", "text-align", "margin", "margin-top", "margin-left", "padding", "padding-left", "padding-bottom", "line-height",
         "text-indent", "border", "border-top", "border-bottom", "width", "color", "text-transform", "page-break-before", "vertical-align", "colour", "foo", "-webkit-x", "--var", ""];

    private static readonly string[] Values =
        ["1e20pt", "2000pt", "-5pt", "0", "32768pt", "65536pt", "1e-20pt", "NaNpt", "infinitypt", "100%", "-100%", "9999999cm", "12px", "12pt", "1.5", "auto", "inherit", "calc(1pt + 2pt)",
         "var(--x)", "bold", "900", "1000", "center", "justify", "nope", "0.75pt solid black", "1e20pt solid black", "999pt double red", "uppercase", "\"Times New Roman\", serif",
         "\"" + new string('A', 32) + "\"", "\"" + new string('Ư', 200) + "\"", "serif", "", "!important", "12pt !important", "\"unterminated", "url(x)", "#12345", "rgb(300, -1, 0)"];

    /// <summary>The stylesheet's text and how it was made.</summary>
    public static Gen<(string Text, string Description)> Text { get; } =
        from count in Gen.Frequency((20, Gen.Int[0, 8]), (2, Gen.Int[100, 2_000]), (1, Gen.OneOf(65_536, 70_000)))
        from seed in Gen.Int[0, int.MaxValue]
        from broken in Gen.Frequency((4, Gen.Const<string>(string.Empty)), (1, Gen.OneOf("{", "}", "/*", "p {", "p { color: ", "@import 'x';", "\0", "<style>", "p { } }")))
        select (Build(count, seed) + broken, string.Create(CultureInfo.InvariantCulture, $"{count} rules from {seed}{(broken.Length > 0 ? " + '" + broken + "'" : string.Empty)}"));

    private static string Build(int count, int seed)
    {
        // The rules are many and cheap: drawn from a Random seeded by the case, so a case stays one number.
        var random = new Random(seed);
        var css = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            css.Append(Selectors[random.Next(Selectors.Length)]).Append(" { ");
            for (int d = random.Next(0, 4); d > 0; d--)
            {
                css.Append(Properties[random.Next(Properties.Length)]).Append(": ").Append(Values[random.Next(Values.Length)]).Append("; ");
            }

            css.Append("}\n");
        }

        return css.ToString();
    }
}
