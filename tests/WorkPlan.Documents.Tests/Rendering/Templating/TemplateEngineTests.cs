using NodaTime;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

public class TemplateEngineTests
{
    private static WorkProgramme WithTask(string task) =>
        WorkProgramme.CreateBuilder(ProgrammePeriod.ForWeek(new LocalDate(2021, 5, 12)))
            .WithAgency(new IssuingAgency([], ["ỦY BAN NHÂN DÂN XÃ A"], "UBND"))
            .WithIdentity(new DocumentIdentity(3, "CTr-UBND", "Xã A", new LocalDate(2021, 5, 7)))
            .WithSignature(new SignatureBlock(null, "CHỦ TỊCH", "Trần Thị B"))
            .AddFocusTask(task)
            .Build();

    [Theory]
    [InlineData("<b>bold</b> & \"quoted\" 'single'", "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; &apos;single&apos;")]
    [InlineData("{{ 7*7 }}", "{{ 7*7 }}")]
    [InlineData("<?partial-end focus-tasks?>", "&lt;?partial-end focus-tasks?&gt;")]
    [InlineData("Đức Thọ à ộ", "Đức Thọ à ộ")]
    public void Written_values_are_escaped_and_never_evaluated(string task, string expected)
    {
        string markup = Renderers.Default.RenderMarkup(WithTask(task));

        Assert.Contains("<li class=\"focus-task\">" + expected + "</li>", markup, StringComparison.Ordinal);
        LayoutMarkupReader.Read(markup);
    }

    [Fact]
    public void Values_in_attributes_are_escaped_too()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p id=\"abstract\" class=\"abstract\">{{ abstract }}</p><rule of=\"#{{ abstract }}\"/>"));

        string markup = renderer.RenderMarkup(WithTask("x").With(abstractText: "a\" onclick=\"x"));

        Assert.Contains("of=\"#a&quot; onclick=&quot;x\"", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_writes_markup_unescaped_and_capture_needs_it()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html",
            "{{ capture title_markup }}<b>{{ document_type }}</b>{{ end }}<p class=\"document-type\">{{ raw title_markup }}</p><p class=\"abstract\">{{ title_markup }}</p>"));

        string markup = renderer.RenderMarkup(Samples.Minimal());

        Assert.Contains("<p class=\"document-type\"><b>CHƯƠNG TRÌNH</b></p>", markup, StringComparison.Ordinal);
        Assert.Contains("<p class=\"abstract\">&lt;b&gt;CHƯƠNG TRÌNH&lt;/b&gt;</p>", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_partial_output_is_wrapped_in_markers()
    {
        string markup = Renderers.Default.RenderMarkup(Samples.Minimal());

        Assert.StartsWith("<?partial-begin document?><document", markup, StringComparison.Ordinal);
        Assert.EndsWith("<?partial-end document?>", markup, StringComparison.Ordinal);
        foreach (string partial in new[] { "page-header", "header", "title", "focus-tasks", "schedule", "schedule-table", "closing", "recipients", "signature" })
        {
            Assert.Contains("<?partial-begin " + partial + "?>", markup, StringComparison.Ordinal);
            Assert.Contains("<?partial-end " + partial + "?>", markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Include_is_the_same_as_partial()
    {
        var renderer = Renderers.WithOverrides(("closing.sbn-html", "{{ include \"recipients\" }}"));

        Assert.Contains("<?partial-begin recipients?><p class=\"recipients-label\">Nơi nhận:</p>", renderer.RenderMarkup(Samples.Minimal()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_render_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Renderers.Default.RenderMarkup(Samples.FullMonth(), null, cancellation.Token));
    }

    [Fact]
    public void A_cancellation_during_the_loops_stops_the_render()
    {
        using var cancellation = new CancellationTokenSource();
        var engine = new TemplateEngine(WorkPlan.Documents.Templates.Nd30Templates.Default.WithOverrides(
            [new("document.sbn-html", SlowTemplate.Loop)]));
        var model = Renderers.Default.CreateViewModel(Samples.Minimal());
        Thread canceller = SlowTemplate.CancelAfter(cancellation, 10);

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Render(model, cancellation.Token));
        canceller.Join();
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit_with_its_line()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p class=\"abstract\">\n{{ for i in 1..10000000 }}{{ end }}</p>"));

        TemplateException error = Assert.Throws<TemplateException>(() => renderer.RenderMarkup(Samples.Minimal()));

        Assert.Equal(("title", 2), (error.PartialName, error.Line));
        Assert.Contains("loop", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_schedule_a_hundred_times_the_seed_fits_the_limits_and_is_not_truncated()
    {
        WorkProgramme seed = Renderers.Seed();
        var builder = WorkProgramme.CreateBuilder(seed.Period)
            .WithAgency(seed.Agency).WithIdentity(seed.Identity).WithSignature(seed.Signature);
        int entries = 0;
        foreach (ScheduleDay day in seed.Schedule.Days)
        {
            builder.Day(day.Date, d =>
            {
                d.Status(day.Status, day.HolidayName);
                foreach (ScheduleSession session in day.Sessions)
                {
                    d.Session(session.Kind, s =>
                    {
                        for (int copy = 0; copy < 100; copy++)
                        {
                            foreach (ScheduleEntry entry in session.Entries)
                            {
                                s.Add(entry);
                                entries++;
                            }
                        }
                    });
                }
            });
        }

        string markup = Renderers.Default.RenderMarkup(builder.Build());

        int emptyDays = seed.Schedule.Days.Count(d => !d.Entries.Any() && d.Status != DayStatus.Holiday);
        Assert.Equal(entries + emptyDays, CountOf(markup, "<p class=\"schedule-content\">"));
        Assert.EndsWith("<?partial-end document?>", markup, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}

internal static class ProgrammeCopy
{
    public static WorkProgramme With(this WorkProgramme p, string abstractText) =>
        new(p.Agency, p.Identity, p.Period, p.Schedule, p.Signature, p.FocusTasks, p.Recipients, abstractText, p.Assumed);
}
