using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Tests.Infrastructure;
namespace WorkPlan.Documents.Tests.Rendering;
public class HtmlScratch
{
    [Fact]
    public void Html()
    {
        File.WriteAllText("/tmp/seed.html", Renderers.Default.RenderHtml(Renderers.Seed()));
        File.WriteAllText("/tmp/seed-annex.html", Renderers.Default.RenderHtml(Renderers.Seed(), new RenderOptions { SchedulePlacement = SchedulePlacement.Annex }));
    }
}
