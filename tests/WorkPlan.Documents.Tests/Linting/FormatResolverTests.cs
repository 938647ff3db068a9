using DocumentFormat.OpenXml.Wordprocessing;
using WorkPlan.Documents.Linting;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>A run's and a paragraph's effective formatting through the style hierarchy, the defaults and the theme.</summary>
public sealed class FormatResolverTests
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private static readonly ThemeFonts Theme = ThemeFonts.Create("Cambria", null, "Arial", "Times New Roman", "", "Tahoma");

    private static FormatResolver Resolver(string styles, string? numbering = null) =>
        new(new Styles($"<w:styles {W}>{styles}</w:styles>"), Theme, numbering is null ? null : new Numbering($"<w:numbering {W}>{numbering}</w:numbering>"));

    private static RunFormat Direct(string rPr) => RunFormat.Read(new RunProperties($"<w:rPr {W}>{rPr}</w:rPr>"), Theme);

    private static ParagraphFormat DirectParagraph(string pPr) => ParagraphFormat.Read(new ParagraphProperties($"<w:pPr {W}>{pPr}</w:pPr>"));

    private const string Defaults = """
        <w:docDefaults>
          <w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cs="Times New Roman"/><w:sz w:val="24"/></w:rPr></w:rPrDefault>
          <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        """;

    [Fact]
    public void A_run_with_nothing_set_takes_the_document_defaults_and_theme_fonts()
    {
        RunFormat run = Resolver(Defaults).Run(RunFormat.Empty, paragraphStyle: null, tableStyle: null);

        Assert.Equal("Times New Roman", run.Ascii);
        Assert.Equal("Times New Roman", run.HighAnsi);
        Assert.Equal("Times New Roman", run.ComplexScript);
        Assert.Null(run.EastAsia);
        Assert.Equal(12, run.Points);
    }

    [Fact]
    public void The_default_paragraph_style_applies_when_a_paragraph_names_none_or_an_unknown_one()
    {
        FormatResolver resolver = Resolver(Defaults + """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
            """);

        Assert.Equal(14, resolver.Run(RunFormat.Empty, null, null).Points);
        Assert.Equal(14, resolver.Run(RunFormat.Empty, "NoSuchStyle", null).Points);
    }

    [Fact]
    public void A_paragraph_style_inherits_through_its_basedOn_chain_and_the_nearest_level_wins()
    {
        FormatResolver resolver = Resolver(Defaults + """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Base"><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Base"/><w:rPr><w:sz w:val="26"/><w:rFonts w:hAnsi="Times New Roman"/></w:rPr></w:style>
            """);

        RunFormat run = resolver.Run(RunFormat.Empty, "Title", null);

        Assert.Equal(13, run.Points);
        Assert.True(run.Bold);
        Assert.Equal("Arial", run.Ascii);
        Assert.Equal("Times New Roman", run.HighAnsi);
    }

    [Fact]
    public void A_character_style_chain_is_above_the_paragraph_style_and_direct_formatting_above_both()
    {
        FormatResolver resolver = Resolver(Defaults + """
            <w:style w:type="paragraph" w:styleId="Body"><w:rPr><w:sz w:val="28"/><w:i/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Base"><w:rPr><w:color w:val="FF0000"/><w:sz w:val="20"/></w:rPr></w:style>
            <w:style w:type="character" w:styleId="Emphasis"><w:basedOn w:val="Base"/><w:rPr><w:i w:val="0"/></w:rPr></w:style>
            """);

        RunFormat styled = resolver.Run(Direct("<w:rStyle w:val=\"Emphasis\"/>"), "Body", null);
        RunFormat direct = resolver.Run(Direct("<w:rStyle w:val=\"Emphasis\"/><w:sz w:val=\"27\"/><w:color w:val=\"auto\"/>"), "Body", null);

        Assert.Equal((10.0, false, "FF0000"), (styled.Points!.Value, styled.Italic!.Value, styled.Color));
        Assert.Equal((13.5, false, "auto"), (direct.Points!.Value, direct.Italic!.Value, direct.Color));
    }

    [Fact]
    public void A_table_style_is_below_the_paragraph_style_and_the_default_table_style_applies_to_tables_without_one()
    {
        FormatResolver resolver = Resolver(Defaults + """
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:rPr><w:sz w:val="22"/></w:rPr><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
            <w:style w:type="table" w:styleId="Grid"><w:rPr><w:sz w:val="20"/><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Cell"><w:rPr><w:b w:val="0"/></w:rPr></w:style>
            """);

        Assert.Equal("TableNormal", resolver.TableStyle(null));
        Assert.Equal(11, resolver.Run(RunFormat.Empty, null, resolver.TableStyle(null)).Points);
        Assert.Equal("center", resolver.Paragraph(ParagraphFormat.Empty, resolver.TableStyle(null)).Alignment);
        RunFormat cell = resolver.Run(RunFormat.Empty, "Cell", resolver.TableStyle("Grid"));
        Assert.Equal((10.0, false), (cell.Points!.Value, cell.Bold!.Value));
        Assert.Equal(12, resolver.Run(RunFormat.Empty, null, null).Points);
    }

    [Fact]
    public void A_theme_attribute_wins_over_the_font_name_beside_it_and_an_empty_theme_slot_is_named_as_such()
    {
        RunFormat run = Direct("<w:rFonts w:ascii=\"Times New Roman\" w:asciiTheme=\"majorHAnsi\" w:eastAsiaTheme=\"minorEastAsia\" w:cstheme=\"majorBidi\"/>");

        Assert.Equal("Cambria", run.Ascii);
        Assert.Equal("Arial", run.ComplexScript);
        Assert.Equal("(theme font minorEastAsia)", run.EastAsia);
    }

    [Fact]
    public void A_paragraph_takes_defaults_table_numbering_and_style_below_its_own_properties()
    {
        FormatResolver resolver = Resolver(
            Defaults + """
                <w:style w:type="paragraph" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:jc w:val="both"/></w:pPr></w:style>
                """,
            """
                <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>
                <w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>
                """);

        ParagraphFormat list = resolver.Paragraph(DirectParagraph("<w:pStyle w:val=\"List\"/>"), null);
        ParagraphFormat direct = resolver.Paragraph(DirectParagraph("<w:pStyle w:val=\"List\"/><w:spacing w:before=\"120\"/><w:ind w:firstLine=\"567\"/>"), null);

        Assert.Equal(("both", 720, -360, 160, 259, "auto"), (list.Alignment, list.Left, list.FirstLine, list.After, list.Line, list.LineRule));
        Assert.Equal((120, 567, 720), (direct.Before, direct.FirstLine, direct.Left));
    }

    [Fact]
    public void A_basedOn_cycle_ends_the_chain_instead_of_looping()
    {
        FormatResolver resolver = Resolver("""
            <w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:b/></w:rPr></w:style>
            """);

        RunFormat run = resolver.Run(RunFormat.Empty, "A", null);

        Assert.Equal((13.0, true), (run.Points!.Value, run.Bold!.Value));
    }

    [Fact]
    public void Without_a_styles_part_nothing_is_set()
    {
        RunFormat run = new FormatResolver(null, ThemeFonts.None, null).Run(Direct("<w:b/>"), null, null);

        Assert.Equal((null, null, true), (run.Ascii, run.Points, run.Bold));
    }
}
