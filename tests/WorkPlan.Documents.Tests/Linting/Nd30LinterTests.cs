using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Rendering;
using static WorkPlan.Documents.Tests.Linting.LintDocuments;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>
/// The linter on this library's own documents (no finding) and on copies of the seed's .docx each broken in exactly
/// one way, through a style, the document defaults, direct formatting, the text or the structure: each reports
/// exactly the rule it breaks.
/// </summary>
public sealed class Nd30LinterTests
{
    [Theory]
    [InlineData("seed")]
    [InlineData("minimal")]
    [InlineData("location-column")]
    public void The_library_s_own_documents_break_no_rule(string name)
    {
        var (programme, renderer, options) = RenderingGoldenTests.Case(name);

        IReadOnlyList<Nd30Finding> findings = Lint(renderer.RenderDocx(programme, options));

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void The_annex_placement_breaks_only_the_left_margin_of_its_landscape_annex()
    {
        // The default templates give the landscape annex 20 mm on every side (document.sbn-html); Nghị định 30 sets
        // one rule for every page, left 30–35 mm. Reported to the lead as a deviation of the templates.
        var (programme, renderer, options) = RenderingGoldenTests.Case("seed-annex");

        Nd30Finding finding = Assert.Single(Lint(renderer.RenderDocx(programme, options)));

        Assert.Equal("ND30-03", finding.RuleId);
        Assert.Equal(2, finding.Location.Section);
        Assert.Equal("left 20 mm", finding.Found);
    }

    [Fact]
    public void A_weekly_programme_breaks_no_rule()
    {
        var programme = Samples.Minimal();
        Assert.Null(programme.Period.Month);

        Assert.Empty(Lint(Renderers.Default.RenderDocx(programme)));
    }

    public static TheoryData<string> Breaks() => new(OneRuleBroken.Cases.Keys);

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_document_breaking_one_rule_reports_exactly_that_rule(string rule)
    {
        byte[] docx = Edited(OneRuleBroken.Cases[rule]);

        IReadOnlyList<Nd30Finding> findings = Lint(docx);

        Nd30Finding finding = Assert.Single(findings);
        Assert.Equal(rule, finding.RuleId);
        Assert.StartsWith("Phụ lục I, Phần I, mục ", finding.DecreeReference, StringComparison.Ordinal);
        Assert.NotEmpty(finding.Found);
        Assert.NotEmpty(finding.Required);
    }

    [Fact]
    public void Every_rule_but_the_orientation_has_a_one_rule_document()
    {
        // Orientation needs a landscape section without a table; the seed's one section has tables (see the test below).
        Assert.Equal(
            Nd30Rules.All.Select(r => r.Id).Where(id => id != "ND30-02"),
            OneRuleBroken.Cases.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_finding_says_where_what_and_what_is_required()
    {
        byte[] docx = Edited(d => Set(RunProperties(d, "national-name"), new FontSize { Val = "28" }));

        Nd30Finding finding = Assert.Single(Lint(docx));

        Assert.Equal("document", finding.Location.Part);
        Assert.Equal(4, finding.Location.ParagraphIndex);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", finding.Location.Excerpt);
        Assert.Equal("Quốc hiệu", finding.Element);
        Assert.Equal("14 pt", finding.Found);
        Assert.Equal("12–13 pt, bold, upright, capitals", finding.Required);
        Assert.Equal("Phụ lục I, Phần I, mục II.1.a", finding.DecreeReference);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal(
            "ND30-10 error at document ¶4 \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": Quốc hiệu: 14 pt; required: 12–13 pt, bold, upright, capitals (Phụ lục I, Phần I, mục II.1.a).",
            finding.ToString());
    }

    [Fact]
    public void A_font_used_everywhere_is_one_finding_with_its_paragraph_count()
    {
        byte[] docx = Edited(d => Set(
            d.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!,
            new RunFonts { Ascii = "Arial", HighAnsi = "Arial", EastAsia = "Times New Roman", ComplexScript = "Times New Roman" }));

        Nd30Finding finding = Assert.Single(Lint(docx));

        Assert.Equal("ND30-04", finding.RuleId);
        Assert.Matches(@"^""Arial"" in the ASCII slot \(in \d+ paragraphs; the first is located\)$", finding.Found);
    }

    [Fact]
    public void A_landscape_section_without_a_table_breaks_the_orientation_rule()
    {
        byte[] docx = Edited(d =>
        {
            // A landscape section of one paragraph after the (portrait) document.
            Body body = Body(d);
            var portrait = (SectionProperties)Section(d).CloneNode(true);
            body.InsertBefore(new Paragraph(new ParagraphProperties(portrait)), Section(d));
            PageSize size = Section(d).GetFirstChild<PageSize>()!;
            (size.Width, size.Height) = (16838U, 11906U);
            size.Orient = PageOrientationValues.Landscape;
            body.InsertBefore(new Paragraph(new Run(new WText("Ghi chú."))), Section(d));
        });

        Assert.Contains(Lint(docx), f => f.RuleId == "ND30-02" && f.Location.Section == 2);
    }

    [Fact]
    public void A_stream_that_is_not_a_docx_is_a_clear_error()
    {
        using var text = new MemoryStream("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => Nd30Linter.Check(text));

        Assert.StartsWith("The file is not a Word document (.docx): ", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Nd30Linter.Check(null!));
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_all_the_same()
    {
        using var stream = new ForwardOnlyStream(Seed);

        Assert.Empty(Nd30Linter.Check(stream));
    }

    [Fact]
    public void The_rules_have_stable_unique_ids_and_decree_references()
    {
        Assert.Equal(29, Nd30Rules.All.Count);
        Assert.Equal(Enumerable.Range(1, 29).Select(i => $"ND30-{i:00}"), Nd30Rules.All.Select(r => r.Id));
        Assert.All(Nd30Rules.All, r => Assert.StartsWith("Phụ lục I, Phần I, mục ", r.DecreeReference, StringComparison.Ordinal));
        Assert.Equal("ND30-10 NationalName", Nd30Rules.NationalName.ToString());
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
