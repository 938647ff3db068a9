using NodaTime;
using Scriban.Parsing;
using Scriban.Syntax;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

/// <summary>The limits of template work (docs/limits.md): time budget, output size, memory and stack.</summary>
public class TemplateLimitsTests
{
    [Fact]
    public void A_template_past_its_time_budget_is_a_template_error_naming_the_budget_not_a_cancellation()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p class=\"abstract\">\n" + SlowTemplate.Loop + "</p>"));
        var options = new RenderOptions { TemplateTimeBudget = TimeSpan.FromMilliseconds(50) };

        TemplateException error = Assert.Throws<TemplateException>(() => renderer.RenderMarkup(Samples.Minimal(), options));

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal("title", error.PartialName);
        Assert.Contains("time budget of 50 ms", error.Reason, StringComparison.Ordinal);
        Assert.Contains("RenderOptions.TemplateTimeBudget", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_time_budget_stops_the_docx_and_html_renders_too()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", SlowTemplate.Loop));
        var options = new RenderOptions { TemplateTimeBudget = TimeSpan.FromMilliseconds(50) };

        Assert.IsType<TimeoutException>(Assert.Throws<TemplateException>(() => renderer.RenderDocx(Samples.Minimal(), options)).InnerException);
        Assert.IsType<TimeoutException>(Assert.Throws<TemplateException>(() => renderer.RenderHtml(Samples.Minimal(), options)).InnerException);
    }

    [Fact]
    public void A_callers_cancellation_within_the_budget_is_still_an_operation_cancelled()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", SlowTemplate.Loop));
        using var cancellation = new CancellationTokenSource();
        Thread canceller = SlowTemplate.CancelAfter(cancellation, 20);

        Assert.ThrowsAny<OperationCanceledException>(() => renderer.RenderMarkup(Samples.Minimal(), RenderOptions.Default, cancellation.Token));
        canceller.Join();
    }

    [Fact]
    public void The_default_time_budget_is_thirty_seconds_and_infinite_turns_it_off()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RenderOptions.Default.TemplateTimeBudget);
        Assert.Equal(RenderOptions.DefaultTemplateTimeBudget, new RenderOptions().TemplateTimeBudget);
        Assert.Equal(Timeout.InfiniteTimeSpan, new RenderOptions { TemplateTimeBudget = Timeout.InfiniteTimeSpan }.TemplateTimeBudget);
        Assert.Contains("<?partial-end document?>", Renderers.Default.RenderMarkup(Samples.Minimal(), new RenderOptions { TemplateTimeBudget = Timeout.InfiniteTimeSpan }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(3e12)]
    public void A_time_budget_that_is_not_positive_or_too_long_is_refused(double milliseconds)
    {
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => new RenderOptions { TemplateTimeBudget = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.Equal("options.templateTimeBudget", error.ParamName);
    }

    [Fact]
    public void Markup_past_the_output_limit_is_a_template_error_at_the_statement_that_wrote_it()
    {
        var engine = new TemplateEngine(
            Nd30Templates.Default.WithOverrides([new("document.sbn-html", "<document>\n{{ for i in 1..100 }}{{ \"x\" | string.pad_left 1000 }}{{ end }}</document>")]),
            outputLimit: 10_000);
        var model = Renderers.Default.CreateViewModel(Samples.Minimal());

        TemplateException error = Assert.Throws<TemplateException>(() => engine.Render(model, CancellationToken.None));

        Assert.Equal(("document", 2), (error.PartialName, error.Line));
        Assert.Contains("more than 10,000 characters of layout markup, the template output limit", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_output_limit_leaves_the_largest_programme_room()
    {
        Assert.True(TemplateEngine.OutputLimit >= 4 * 11_000_000);
    }

    [Theory]
    [InlineData(typeof(OutOfMemoryException), "the templates ran out of memory")]
    [InlineData(typeof(InsufficientExecutionStackException), "the templates nest too deeply for the stack")]
    public void Memory_or_stack_running_out_in_a_template_is_a_template_error_at_its_statement(Type exhausted, string expected)
    {
        var partials = new PartialCache(Nd30Templates.Default);
        var span = new SourceSpan("title.sbn-html", new TextPosition(0, 2, 4), new TextPosition(5, 2, 9));
        var scriban = new ScriptRuntimeException(span, "boom", (Exception)Activator.CreateInstance(exhausted)!);

        TemplateException error = new TemplateErrorReporter(partials).Report(scriban);

        Assert.StartsWith(expected, error.Reason, StringComparison.Ordinal);
        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.StartsWith(expected, TemplateErrorReporter.ReportExhausted((Exception)Activator.CreateInstance(exhausted)!).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_at_MaxEntriesPerDay_renders_within_the_markup_limits()
    {
        WorkProgramme programme = WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 3)))
            .WithAgency(Samples.Agency)
            .WithIdentity(new DocumentIdentity(5, "CTr-VPĐP", "Hà Tĩnh", new LocalDate(2021, 5, 7)))
            .WithSignature(Samples.Signature)
            .Day(new LocalDate(2021, 5, 4), d => d.Morning(s =>
            {
                for (int i = 0; i < ProgrammeLimits.MaxEntriesPerDay; i++)
                {
                    s.Add("Họp " + i, "Phòng HCTHTT", "Oánh");
                }
            }))
            .Build();

        string html = Renderers.Default.RenderHtml(programme);

        Assert.Contains("Họp 999", html, StringComparison.Ordinal);
    }
}
