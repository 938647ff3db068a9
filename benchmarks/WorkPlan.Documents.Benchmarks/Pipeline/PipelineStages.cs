using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Docx;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Styling;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Benchmarks.Pipeline;

/// <summary>
/// The pipeline taken apart for one programme, warm: a renderer with the default ND30 set (templates, stylesheet and
/// columns parsed and cached), and each stage's input computed once so each stage can be timed alone.
/// </summary>
/// <remarks>
/// The stages, in order: view model (<see cref="WorkProgrammeRenderer.CreateViewModel"/>), templates (Scriban,
/// <see cref="TemplateEngine.Render"/>), markup parsing (<see cref="LayoutMarkupReader.Read"/>), then a writer.
/// The template engine here is the renderer's own kind, created over the same set and warmed the same way.
/// </remarks>
internal sealed class PipelineStages
{
    public PipelineStages(WorkProgramme programme)
    {
        Programme = programme;
        Renderer = Nd30Templates.CreateRenderer(FixedClock.SeedIssue);
        Engine = new TemplateEngine(Nd30Templates.Default);
        Model = Renderer.CreateViewModel(programme);
        Markup = Engine.Render(Model, CancellationToken.None);
        (Styles, _) = Renderer.RenderLayout(programme, null, CancellationToken.None);
        PackageInfo = new DocxPackageInfo(Model.Title, string.Join(" ", Model.Header.AgencyNameLines), FixedClock.SeedIssue.GetCurrentInstant());
        Parts = new PackageParts(Renderer.RenderDocx(programme));
    }

    public DocxPackageInfo PackageInfo { get; }

    public PackageParts Parts { get; }

    public WorkProgramme Programme { get; }

    public WorkProgrammeRenderer Renderer { get; }

    public TemplateEngine Engine { get; }

    public ProgrammeViewModel Model { get; }

    public string Markup { get; }

    public LayoutDocument Layout => Styles.Document;

    public StyleResolver Styles { get; }
}
