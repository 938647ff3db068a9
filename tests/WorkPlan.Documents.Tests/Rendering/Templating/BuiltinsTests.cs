using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

/// <summary>
/// Scriban's builtins come from a prototype shared by all renders (<see cref="RenderBuiltins"/>): each render must still
/// see its own fresh copy, whatever another render did to its copy, on any thread.
/// </summary>
public class BuiltinsTests
{
    private const string Document =
        "{{ date.format }}|{{ date.format = \"%Y\" }}{{ date.format }}|{{ string.upcase \"ab\" }}|"
        + "{{ object.has_key string \"extra\" }}{{ string.extra = \"set\" }}{{ string.extra }}|{{ array.size [1, 2] }}";

    private const string Expected =
        "<?partial-begin document?>%d %b %Y|%Y|AB|falseset|2<?partial-end document?>";

    private static readonly ProgrammeViewModel Model = Renderers.Default.CreateViewModel(Samples.Minimal());

    private static TemplateEngine Engine(string document) =>
        new(Nd30Templates.Default.WithOverrides([new("document.sbn-html", document)]));

    [Fact]
    public void Changes_to_builtins_stay_in_their_render()
    {
        TemplateEngine engine = Engine(Document);

        Assert.Equal(Expected, engine.Render(Model, CancellationToken.None));
        Assert.Equal(Expected, engine.Render(Model, CancellationToken.None));
        Assert.Equal(Expected, Engine(Document).Render(Model, CancellationToken.None));
    }

    [Fact]
    public void Concurrent_renders_each_see_fresh_builtins()
    {
        TemplateEngine engine = Engine(Document + "{{ partial \"title\" }}");
        string expected = Engine(Document + "{{ partial \"title\" }}").Render(Model, CancellationToken.None);
        var outputs = new string[64];

        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            outputs[i] = engine.Render(Model, CancellationToken.None));

        Assert.StartsWith(Expected.Replace("<?partial-end document?>", string.Empty, StringComparison.Ordinal), expected, StringComparison.Ordinal);
        Assert.All(outputs, output => Assert.Equal(expected, output));
    }
}
