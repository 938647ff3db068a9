using System.Globalization;
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Tests.Common;
using WorkPlan.Documents.Tests.Linting;
using static WorkPlan.Documents.Tests.Linting.LintDocuments;

namespace WorkPlan.Documents.Tests.Localization;

/// <summary>The ND30 lint's findings in English and Vietnamese, from LintMessages.resx and its vi satellite.</summary>
public class LintMessagesTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Every rule broken once in the seed's .docx (<see cref="OneRuleBroken"/>), and the decree's example with a
    /// hand-made document's mistakes: each finding in both languages, read in the golden.
    /// </summary>
    [Fact]
    public void Every_rules_finding_is_worded_in_both_languages()
    {
        var lines = new List<string>();
        foreach (string rule in OneRuleBroken.Cases.Keys.Order(StringComparer.Ordinal))
        {
            lines.Add("## " + rule);
            foreach (Nd30Finding finding in Lint(Edited(OneRuleBroken.Cases[rule])))
            {
                lines.Add("en: " + finding.GetMessage(English));
                lines.Add("vi: " + finding.GetMessage(Vietnamese));
            }
        }

        lines.Add("## the decree's example, with mistakes");
        foreach (Nd30Finding finding in Lint(DecreeExampleDocument.WithHandMadeMistakes()))
        {
            lines.Add("en: " + finding.GetMessage(English));
            lines.Add("vi: " + finding.GetMessage(Vietnamese));
        }

        Golden.Verify(string.Join("\n", lines) + "\n", "txt");
    }

    [Fact]
    public void A_vietnamese_finding_has_no_english_words_but_the_decrees_and_the_files_names()
    {
        var findings = OneRuleBroken.Cases.Values.SelectMany(edit => Lint(Edited(edit))).Concat(Lint(DecreeExampleDocument.WithHandMadeMistakes())).ToList();

        Assert.NotEmpty(findings);
        foreach (Nd30Finding finding in findings)
        {
            string vi = finding.GetMessage(Vietnamese);
            Assert.NotEqual(finding.GetMessage(English), vi);
            Assert.Equal(vi, finding.GetMessage(CultureInfo.GetCultureInfo("vi-VN")));
            Assert.Equal(finding.GetMessage(English), finding.GetMessage(CultureInfo.InvariantCulture));
            Assert.DoesNotMatch(@"\b(required|not|found|line|the|and|bold|italic|upright|aligned|page|paragraphs?)\b", vi);
        }
    }

    [Fact]
    public void The_words_follow_the_current_ui_culture_where_they_are_read()
    {
        Nd30Finding finding = Assert.Single(Lint(Edited(OneRuleBroken.Cases["ND30-20"])));
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Vietnamese;
            Assert.Equal(("trích yếu", "không đậm", "căn giữa, 13–14 pt, đậm, đứng"), (finding.Element, finding.Found, finding.Required));
            Assert.Equal(finding.GetMessage(Vietnamese), finding.Message);
            Assert.EndsWith(": trích yếu: không đậm; yêu cầu: căn giữa, 13–14 pt, đậm, đứng (Phụ lục I, Phần I, mục II.5.b).", finding.ToString(), StringComparison.Ordinal);

            CultureInfo.CurrentUICulture = English;
            Assert.Equal(("trích yếu", "not bold", "centred, 13–14 pt, bold, upright"), (finding.Element, finding.Found, finding.Required));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void GetMessage_refuses_a_null_culture()
    {
        Nd30Finding finding = Assert.Single(Lint(Edited(OneRuleBroken.Cases["ND30-20"])));

        Assert.Equal("culture", Assert.Throws<ArgumentNullException>(() => finding.GetMessage(null!)).ParamName);
    }
}
