using System.Xml;
using System.Xml.Schema;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Layout;

/// <summary>
/// Data-driven: every TestData/Rendering/Markup/Valid/&lt;case&gt;.xml is read and its tree dump compared with
/// &lt;case&gt;.tree.verified.txt; every Invalid/&lt;case&gt;.xml must fail with the message in &lt;case&gt;.error.verified.txt.
/// </summary>
public sealed class LayoutMarkupReaderTests
{
    public static TheoryData<string> ValidCases() => RenderingTestData.Cases("Markup/Valid", ".xml");

    public static TheoryData<string> InvalidCases() => RenderingTestData.Cases("Markup/Invalid", ".xml");

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_markup_reads_into_the_expected_tree(string name)
    {
        string markup = RenderingTestData.Read("Markup/Valid", name + ".xml");

        var document = LayoutMarkupReader.Read(markup);

        RenderingTestData.Verify("Markup/Valid", name + ".tree.verified.txt", LayoutTreeDump.Dump(document));
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_markup_is_valid_against_the_published_xsd(string name)
    {
        string markup = RenderingTestData.Read("Markup/Valid", name + ".xml");
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.Schemas.Add(null, RenderingTestData.RepositoryFile("docs/layout-markup.xsd"));
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");

        using (var reader = XmlReader.Create(new StringReader(markup), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Invalid_markup_fails_with_a_message_naming_partial_line_element_and_attribute(string name)
    {
        string markup = RenderingTestData.Read("Markup/Invalid", name + ".xml");

        var error = Assert.Throws<LayoutMarkupException>(() => LayoutMarkupReader.Read(markup));

        RenderingTestData.Verify("Markup/Invalid", name + ".error.verified.txt", error.Message + "\n");
    }

    [Fact]
    public void Exception_exposes_the_location_as_properties()
    {
        const string markup = "<document>\n<?partial-begin header?>\n<section>\n  <p clas=\"x\">a</p>\n</section>\n<?partial-end header?>\n</document>";

        var error = Assert.Throws<LayoutMarkupException>(() => LayoutMarkupReader.Read(markup));

        Assert.Equal("header", error.PartialName);
        Assert.Equal(4, error.MarkupLine);
        Assert.Equal(6, error.MarkupColumn);
        Assert.Equal("p", error.ElementName);
        Assert.Equal("clas", error.AttributeName);
    }

    [Fact]
    public void A_dtd_is_refused_and_no_entity_is_expanded()
    {
        const string markup = "<!DOCTYPE document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><document><section><p>&x;</p></section></document>";

        var error = Assert.Throws<LayoutMarkupException>(() => LayoutMarkupReader.Read(markup));

        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_collapsed_across_element_boundaries()
    {
        var document = LayoutMarkupReader.Read("<document><section><p>  a <b> b </b>\n\t c  <br/>  d  </p></section></document>");
        var runs = ((LayoutParagraph)document.Sections[0].Blocks[0]).Content;

        Assert.Collection(
            runs,
            r => Assert.Equal("a ", ((LayoutText)r).Text),
            r => Assert.Equal("b ", Assert.IsType<LayoutText>(r).Text),
            r => Assert.Equal("c", ((LayoutText)r).Text),
            r => Assert.IsType<LayoutLineBreak>(r),
            r => Assert.Equal("d", ((LayoutText)r).Text));
        Assert.True(runs[1].Format.Bold);
        Assert.False(runs[2].Format.Bold);
    }
}
