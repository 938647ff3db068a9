using WorkPlan.Documents.Linting;
using static WorkPlan.Documents.Tests.Linting.LintDocuments;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>
/// Documents not made by this library: the decree's own example rebuilt with direct formatting only (no styles part),
/// and the same with mistakes a hand-made document has.
/// </summary>
public sealed class OtherDocumentsTests
{
    [Fact]
    public void The_decree_s_example_with_direct_formatting_only_breaks_no_rule()
    {
        IReadOnlyList<Nd30Finding> findings = Lint(DecreeExampleDocument.Build());

        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }

    [Fact]
    public void An_empty_styles_part_changes_nothing()
    {
        Assert.Empty(Lint(DecreeExampleDocument.Build(withStylesPart: true)));
    }

    [Fact]
    public void Direct_formatting_mistakes_are_each_reported_at_their_paragraph()
    {
        var findings = Lint(DecreeExampleDocument.WithHandMadeMistakes()).Select(f => (f.RuleId, f.Found)).ToList();

        Assert.Equal(
            [
                ("ND30-17", "no comma after the place name"),
                ("ND30-18", "day written \"5\", month written \"1\""),
                ("ND30-22", "12 pt"),
                ("ND30-23", "aligned left, first line indented 0 cm, 0 pt between paragraphs"),
            ],
            findings);
    }
}
