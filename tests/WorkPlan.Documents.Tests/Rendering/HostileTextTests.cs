using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>User text that looks like markup or template code appears literally in both outputs.</summary>
public class HostileTextTests
{
    private static readonly string LongWord = string.Concat(Enumerable.Repeat("Khôngcókhoảngtrắng", 20));

    public static TheoryData<string> HostileTexts => new()
    {
        "<script>alert('x')</script>",
        "Tom & Jerry & &amp; &#x41;",
        "\"double\" and 'single' quotes",
        "{{ 7*7 }} {{ header.number_line }} {% raw %}",
        "<b>not bold</b> <p class=\"x\">not a paragraph</p> <br/>",
        "<?partial-end header?> <!-- not a comment --> <![CDATA[ x ]]>",
        LongWord,
    };

    private static WorkProgramme Programme(string text) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 12)))
            .WithAgency(new IssuingAgency([text], ["ỦY BAN NHÂN DÂN XÃ A"], "UBND"))
            .WithIdentity(new DocumentIdentity(3, "CTr-UBND", "Xã A", new LocalDate(2021, 5, 7)))
            .WithSignature(new SignatureBlock(null, "CHỦ TỊCH", text))
            .WithAbstract(text)
            .AddFocusTask(text)
            .AddRecipient(text)
            .Day(new LocalDate(2021, 5, 10), d => d.Morning(s => s.Add(text, text, text)))
            .Build();

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Appears_literally_in_the_html(string text)
    {
        string html = Renderers.Default.RenderHtml(Programme(text));

        string[] paragraphs = Regex.Matches(html, "<p class=\"[^\"]*\"[^>]*>(.*?)</p>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .ToArray();
        Assert.Contains(text, paragraphs);
        Assert.Contains("- " + text + ";", paragraphs);
        Assert.Contains(text, paragraphs.Where(p => p.StartsWith("Đ/c ", StringComparison.Ordinal)).Select(p => p.Substring(4)));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Appears_literally_in_the_docx(string text)
    {
        byte[] docx = Renderers.Default.RenderDocx(Programme(text));

        string projection = DocxProjection.Text(docx);
        Assert.Contains("[focus-task (list)] " + text + "\n", projection, StringComparison.Ordinal);
        Assert.Contains("[abstract] " + text + "\n", projection, StringComparison.Ordinal);
        Assert.Contains("[schedule-content] " + text + " | [schedule-text] " + text + " | [schedule-text] Đ/c " + text, projection, StringComparison.Ordinal);
        Assert.Contains("[recipient] - " + text + ";", projection, StringComparison.Ordinal);
        Assert.Empty(DocxValidation.Errors(docx));
    }

    [Fact]
    public void Template_code_in_data_is_never_evaluated()
    {
        string html = Renderers.Default.RenderHtml(Programme("{{ 7*7 }}"));

        Assert.Contains("{{ 7*7 }}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">49<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Forbidden_characters_are_refused_naming_the_field()
    {
        var error = Assert.Throws<ArgumentException>(() => new ScheduleEntry("Giao ban\u0001"));
        Assert.Equal("entry.content", error.ParamName);
        Assert.Contains("U+0001", error.Message, StringComparison.Ordinal);

        var overrideError = Assert.Throws<ArgumentException>(() => Nd30Templates.Default.WithOverrides([new("title.sbn-html", "x\u0002")]));
        Assert.Contains("title.sbn-html", overrideError.Message, StringComparison.Ordinal);
    }
}
