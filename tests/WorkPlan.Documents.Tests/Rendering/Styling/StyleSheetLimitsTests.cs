using System.IO.Compression;
using System.Text;
using WorkPlan.Documents.Rendering.Docx;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Rendering.Docx;

namespace WorkPlan.Documents.Tests.Rendering.Styling;

/// <summary>
/// The limits of docs/limits.md, "Stylesheet": every length and size is accepted up to the edge of what Word accepts
/// for the element it ends up in, written unchanged (never cast or clamped) with zero validator errors, and refused
/// one Word unit past it naming the property; a stylesheet holds at most 10000 rules.
/// </summary>
public sealed class StyleSheetLimitsTests
{
    private const string Markup = """
        <?xml version="1.0" encoding="utf-8"?>
        <document lang="vi">
          <section>
            <p class="x">Một</p>
            <rule class="x" length="1/3"/>
            <ul class="x" marker="-"><li>hai</li></ul>
            <table class="x" borders="all">
              <col width="50%"/><col width="50%"/>
              <tr><td class="x"><p>ba</p></td><td><p>bốn</p></td></tr>
            </table>
          </section>
        </document>
        """;

    private static readonly string LongestFontName = new('F', 31);

    /// <summary>A declaration at an edge of its range, and an attribute the .docx must then carry as written.</summary>
    public static TheoryData<string, string> AcceptedEdges() => new()
    {
        { "margin-top: 0", "w:before=\"0\"" },
        { "margin-top: 1584pt", "w:before=\"31680\"" },
        { "margin-bottom: 22in", "w:after=\"31680\"" },
        { "margin-left: -1584pt", "w:left=\"-31680\"" },
        { "margin-left: 1584pt", "w:left=\"31680\"" },
        { "margin-right: -22in", "w:right=\"-31680\"" },
        { "margin-right: 1584pt", "w:right=\"31680\"" },
        { "text-indent: -1584pt", "w:hanging=\"31680\"" },
        { "text-indent: 1584pt", "w:firstLine=\"31680\"" },
        { "padding: 0", "w:w=\"0\"" },
        { "padding: 1584pt", "w:w=\"31680\"" },
        { "padding-left: 1584pt", "<w:left w:w=\"31680\"" },
        { "width: 0pt", "<w:tblW w:w=\"0\"" },
        { "width: 1584pt", "<w:tblW w:w=\"31680\"" },
        { "width: 100%", "<w:tblW w:w=\"" },
        { "line-height: 0.06", "w:line=\"14\"" },
        { "line-height: 132", "w:line=\"31680\"" },
        { "line-height: 0.7pt", "w:line=\"14\"" },
        { "line-height: 1584pt", "w:line=\"31680\"" },
        { "border-top: 0.25pt solid #000", "w:sz=\"2\"" },
        { "border: 12pt solid #000", "w:sz=\"96\"" },
        { "border: 0 solid #000", "w:val=\"nil\"" },
        { "font-size: 1pt", "w:sz w:val=\"2\"" },
        { "font-size: 1638pt", "w:sz w:val=\"3276\"" },
        { "font-family: A", "w:ascii=\"A\"" },
        { "font-family: " + LongestFontName, "w:ascii=\"" + LongestFontName + "\"" },
    };

    /// <summary>A declaration one Word unit (or the smallest step) outside its range, and the property the error names.</summary>
    public static TheoryData<string, string> RefusedEdges() => new()
    {
        { "margin-top: 1584.05pt", "margin-top" },
        { "margin-bottom: 1584.05pt", "margin-bottom" },
        { "margin-left: -1584.05pt", "margin-left" },
        { "margin-left: 1584.05pt", "margin-left" },
        { "margin-right: -1584.05pt", "margin-right" },
        { "margin-right: 1584.05pt", "margin-right" },
        { "text-indent: -1584.05pt", "text-indent" },
        { "text-indent: 1584.05pt", "text-indent" },
        { "padding: 1584.05pt", "padding" },
        { "padding-top: 1584.05pt", "padding-top" },
        { "padding-right: 1584.05pt", "padding-right" },
        { "padding-bottom: 1584.05pt", "padding-bottom" },
        { "padding-left: 1584.05pt", "padding-left" },
        { "width: 1584.05pt", "width" },
        { "line-height: 0.05", "line-height" },
        { "line-height: 132.01", "line-height" },
        { "line-height: 0.65pt", "line-height" },
        { "line-height: 1584.05pt", "line-height" },
        { "border-top: 0.125pt solid #000", "border-top" },
        { "border-width: 12.0625pt", "border-width" },
        { "border-left-width: 100000000000000000000pt", "border-left-width" },
        { "font-size: 0.5pt", "font-size" },
        { "font-size: 1638.5pt", "font-size" },
        { "font-family: " + LongestFontName + "F", "font-family" },
        { "font-family: \"" + LongestFontName + "F\", serif", "font-family" },
    };

    [Theory]
    [MemberData(nameof(AcceptedEdges))]
    public void Value_at_the_edge_of_what_Word_accepts_is_written_unchanged_and_valid(string declaration, string written)
    {
        var sheet = StyleSheet.Parse("body { font-size: 12pt }\n.x { " + declaration + " }", "edge.css");

        byte[] docx = Render(sheet);

        Assert.Empty(DocxValidation.Errors(docx));
        Assert.Contains(written, PartsXml(docx), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RefusedEdges))]
    public void Value_past_what_Word_accepts_is_refused_naming_the_property(string declaration, string property)
    {
        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse("body { font-size: 12pt }\n.x { " + declaration + " }", "edge.css"));

        Assert.Equal(property, error.PropertyName);
        Assert.Equal(".x", error.Selector);
        Assert.Equal((2, 6), (error.Line, error.Column));
    }

    [Fact]
    public void Stylesheet_of_10000_rules_is_accepted()
    {
        var sheet = StyleSheet.Parse(Rules(10_000), "many.css");

        Assert.Equal(10_000, sheet.Rules.Count);
    }

    [Theory]
    [InlineData(10_001)]
    [InlineData(65_536)]
    public void Stylesheet_of_more_than_10000_rules_is_refused_at_the_first_rule_past_the_limit(int count)
    {
        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse(Rules(count), "many.css"));

        Assert.Equal(
            "many.css(10001,1): stylesheet error in '.r10000': a stylesheet holds at most 10000 rules; this is rule 10001",
            error.Message);
    }

    [Fact]
    public void Error_past_line_65535_names_its_own_line_and_column()
    {
        // ExCSS counts lines and columns in 16 bits: line 70001 came back as line 4465 (70001 - 65536).
        string css = new string('\n', 70_000) + "  .a { float: left }";

        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse(css, "long.css"));

        Assert.Equal((70_001, 8), (error.Line, error.Column));
        Assert.Equal("float", error.PropertyName);
    }

    [Fact]
    public void Error_past_column_65535_names_its_own_column()
    {
        string css = new string(' ', 70_000) + ".a { float: left }";

        var error = Assert.Throws<StyleSheetException>(() => StyleSheet.Parse(css, "wide.css"));

        Assert.Equal((1, 70_006), (error.Line, error.Column));
    }

    private static string Rules(int count)
    {
        var css = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            css.Append(".r").Append(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" { color: red }\n");
        }

        return css.ToString();
    }

    private static byte[] Render(StyleSheet sheet)
    {
        var document = LayoutMarkupReader.Read(Markup);
        using var output = new MemoryStream();
        DocxWriter.Write(new StyleResolver(sheet, document), output, DocxWriterTests.Info);
        return output.ToArray();
    }

    private static string PartsXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd()).Append('\n');
        }

        return text.ToString();
    }
}
