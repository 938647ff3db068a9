using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

public class ConcurrencyTests
{
    [Fact]
    public void Parallel_renders_with_one_renderer_give_identical_bytes()
    {
        // A fresh renderer, so that the first parses of partials, stylesheet and columns race too.
        var renderer = new WorkProgrammeRenderer(Nd30Templates.Default, new NodaTime.Testing.FakeClock(Renderers.FixedInstant));
        var programme = Renderers.Seed();
        var options = new RenderOptions { SchedulePlacement = SchedulePlacement.Annex };
        const int Renders = 16;
        var docx = new byte[Renders][];
        var html = new string[Renders];

        Parallel.For(0, Renders, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            docx[i] = renderer.RenderDocx(programme, options);
            html[i] = renderer.RenderHtml(programme, options);
        });

        byte[] expected = Renderers.Default.RenderDocx(programme, options);
        Assert.All(docx, bytes => Assert.Equal(expected, bytes));
        Assert.Single(html.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Stream_variants_write_the_same_bytes()
    {
        var programme = Samples.FullMonth();
        using var docx = new MemoryStream();
        using var docxAsync = new MemoryStream();
        using var html = new MemoryStream();
        using var htmlAsync = new MemoryStream();

        Renderers.Default.WriteDocx(programme, docx);
        await Renderers.Default.WriteDocxAsync(programme, docxAsync);
        Renderers.Default.WriteHtml(programme, html);
        await Renderers.Default.WriteHtmlAsync(programme, htmlAsync);

        Assert.Equal(Renderers.Default.RenderDocx(programme), docx.ToArray());
        Assert.Equal(docx.ToArray(), docxAsync.ToArray());
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Renderers.Default.RenderHtml(programme)), html.ToArray());
        Assert.Equal(html.ToArray(), htmlAsync.ToArray());
    }

    [Fact]
    public async Task A_failing_render_writes_nothing_to_the_stream()
    {
        var renderer = Renderers.WithOverrides(("title.sbn-html", "{{ nope }}"));
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<WorkPlan.Documents.Rendering.Templating.TemplateException>(() => renderer.WriteDocxAsync(Samples.Minimal(), output));
        Assert.Throws<WorkPlan.Documents.Rendering.Templating.TemplateException>(() => renderer.WriteHtml(Samples.Minimal(), output));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_render_failing_in_the_writers_writes_nothing_to_the_stream()
    {
        // The markup is fine for the templates but names a class the stylesheet lacks: style resolution finds out.
        var renderer = Renderers.WithOverrides(("title.sbn-html", "<p class=\"no-such-class\">{{ title }}</p>"));
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<WorkPlan.Documents.Rendering.Templating.TemplateException>(() => renderer.WriteDocxAsync(Samples.Minimal(), output));
        Assert.Throws<WorkPlan.Documents.Rendering.Templating.TemplateException>(() => renderer.WriteDocx(Samples.Minimal(), output));
        Assert.Throws<WorkPlan.Documents.Rendering.Templating.TemplateException>(() => renderer.WriteHtml(Samples.Minimal(), output));
        await Assert.ThrowsAsync<WorkPlan.Documents.Rendering.Templating.TemplateException>(() => renderer.WriteHtmlAsync(Samples.Minimal(), output));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task A_cancelled_async_write_is_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Renderers.Default.WriteHtmlAsync(Samples.Minimal(), output, null, cancellation.Token));
        Assert.Equal(0, output.Length);
    }
}
