using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>WPT0020–WPT0022: literal markup outside the layout vocabulary, found without a render, where the reader finds it.</summary>
public sealed class LiteralMarkupAnalysisTests
{
    // The invalid-markup cases whose fault is in one tag's own names and values: the checker must find each at the
    // reader's line and column with the reader's reason. The others need the document (placement, grid, ids).
    private static readonly Dictionary<string, string> VocabularyCases = new(StringComparer.Ordinal)
    {
        ["bad-choice"] = LiteralMarkupAnalysis.InvalidValue,
        ["bad-fraction"] = LiteralMarkupAnalysis.InvalidValue,
        ["bad-length"] = LiteralMarkupAnalysis.InvalidValue,
        ["bad-marker"] = LiteralMarkupAnalysis.InvalidValue,
        ["length-beyond-word"] = LiteralMarkupAnalysis.InvalidValue,
        ["two-classes"] = LiteralMarkupAnalysis.InvalidValue,
        ["namespace"] = LiteralMarkupAnalysis.UnknownAttribute,
        ["unknown-attribute"] = LiteralMarkupAnalysis.UnknownAttribute,
        ["unknown-element"] = LiteralMarkupAnalysis.UnknownElement,
    };

    public static TheoryData<string> InvalidCases() => RenderingTestData.Cases("Markup/Invalid", ".xml");

    public static TheoryData<string> ValidCases() => RenderingTestData.Cases("Markup/Valid", ".xml");

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Each_invalid_markup_case_is_found_where_the_reader_fails_or_left_to_the_reader(string name)
    {
        string markup = RenderingTestData.Read("Markup/Invalid", name + ".xml");
        var error = Assert.Throws<LayoutMarkupException>(() => LayoutMarkupReader.Read(markup));

        var findings = LiteralMarkupAnalysis.Analyze(StyleCheckKit.Scan(name + ".xml", markup));

        if (VocabularyCases.TryGetValue(name, out string? id))
        {
            var finding = Assert.Single(findings);
            Assert.Equal((id, error.MarkupLine, error.MarkupColumn), (finding.Id, finding.Line, finding.Column));
            if (id != LiteralMarkupAnalysis.UnknownElement)
            {
                Assert.EndsWith(error.Reason, finding.Message, StringComparison.Ordinal);
            }
        }
        else
        {
            Assert.Empty(findings);
        }
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public void Valid_markup_gives_no_finding(string name)
    {
        string markup = RenderingTestData.Read("Markup/Valid", name + ".xml");

        Assert.Empty(LiteralMarkupAnalysis.Analyze(StyleCheckKit.Scan(name + ".xml", markup)));
    }

    [Fact]
    public void The_default_set_gives_no_finding_of_any_style_analysis()
    {
        Assert.Empty(StyleCheckKit.All());
    }

    [Fact]
    public void A_tag_split_by_code_is_checked_where_written_and_its_expression_values_are_left_alone()
    {
        var markup = StyleCheckKit.Scan("t.sbn-html", "<td class=\"a\"{{ if x }} colspn=\"{{ n }}\"{{ end }} valign=\"{{ v }}\"><p class=\"{{ c }}\">{{ t }}</p></td>\n");

        var finding = Assert.Single(LiteralMarkupAnalysis.Analyze(markup));

        Assert.Equal((LiteralMarkupAnalysis.UnknownAttribute, 1, 25), (finding.Id, finding.Line, finding.Column));
        Assert.Contains("'colspn'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_branch_is_checked_whether_a_programme_takes_it_or_not()
    {
        var markup = StyleCheckKit.Scan("t.sbn-html", "{{ if false }}\n<p>a</p>\n{{ else }}\n  <blink>b</blink>\n{{ end }}\n<ul marker=\"*\"><li>c</li></ul>\n");

        var findings = LiteralMarkupAnalysis.Analyze(markup);

        Assert.Equal(
            ["t.sbn-html(4,3): error WPT0020", "t.sbn-html(6,5): error WPT0022"],
            findings.Select(f => $"{f.File}({f.Line},{f.Column}): error {f.Id}"));
    }

    [Fact]
    public void A_name_written_by_code_is_not_judged()
    {
        var markup = StyleCheckKit.Scan("t.sbn-html", "<{{ tag }}>x</{{ tag }}><p{{ more }}>y</p><data-{{ k }}>z</data-{{ k }}>\n");

        Assert.Empty(LiteralMarkupAnalysis.Analyze(markup));
    }

    [Fact]
    public void Comments_processing_instructions_and_end_tags_are_not_start_tags()
    {
        var markup = StyleCheckKit.Scan("t.sbn-html", "<!-- <blink> --><?partial-begin x?><p class=\"a\" space=\"preserve\">&lt;div&gt;</p><?partial-end x?>\n");

        Assert.Empty(LiteralMarkupAnalysis.Analyze(markup));
        Assert.Equal(["p"], markup.Elements.Select(e => e.Name));
    }

    [Fact]
    public void The_checker_and_a_render_of_the_seed_agree_on_file_and_line()
    {
        string text = "<p class=\"signature-title\">{{ signature.signer_title }}</p>\n<p class=\"signer-name\" align=\"center\">{{ signature.signer_name }}</p>\n";
        var renderer = Renderers.WithOverrides(("signature.sbn-html", text));

        var error = Assert.Throws<TemplateException>(() => renderer.RenderLayout(Renderers.Seed(), null, default));
        var finding = Assert.Single(StyleCheckKit.All(("signature.sbn-html", text)), f => f.Level == FindingLevel.Error);

        Assert.Equal((error.SourcePath, error.Line, error.Column), (finding.File, finding.Line, finding.Column));
        Assert.Equal(LiteralMarkupAnalysis.UnknownAttribute, finding.Id);
    }
}
