using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using WorkPlan.Documents.Rendering.Layout;

namespace WorkPlan.Documents.Tests.Rendering.Layout;

/// <summary>Collapsed white space, checked on generated paragraphs of text and bold segments.</summary>
public sealed partial class WhitespacePropertyTests
{
    private static readonly Gen<(bool Bold, string Text)[]> Segments =
        Gen.Select(Gen.Bool, Gen.String[Gen.Char["aư \t\n"], 0, 8]).Array[0, 6];

    [Fact]
    public void Collapsed_text_is_the_source_text_with_each_white_space_run_as_one_space_and_no_space_at_the_ends() =>
        Segments.Sample(segments =>
        {
            var markup = new StringBuilder("<document><section><p>");
            var source = new StringBuilder();
            foreach (var (bold, text) in segments)
            {
                markup.Append(bold ? "<b>" + text + "</b>" : text);
                source.Append(text);
            }

            markup.Append("</p></section></document>");
            var paragraph = (LayoutParagraph)LayoutMarkupReader.Read(markup.ToString()).Sections[0].Blocks[0];
            string shown = string.Concat(paragraph.Content.Cast<LayoutText>().Select(t => t.Text));

            Assert.Equal(WhiteRun().Replace(source.ToString(), " ").Trim(' '), shown);
            Assert.All(paragraph.Content, run => Assert.NotEqual(string.Empty, ((LayoutText)run).Text));
        });

    [Fact]
    public void Preserved_text_keeps_every_space_and_turns_line_feeds_into_breaks() =>
        Gen.String[Gen.Char["aư \t\n"], 1, 20].Sample(text =>
        {
            var paragraph = (LayoutParagraph)LayoutMarkupReader.Read("<document><section><p space=\"preserve\">" + text + "</p></section></document>").Sections[0].Blocks[0];
            string shown = string.Concat(paragraph.Content.Select(r => r is LayoutText t ? t.Text : "\n"));

            Assert.Equal(text, shown);
        });

    [GeneratedRegex("[ \t\n]+")]
    private static partial Regex WhiteRun();
}
