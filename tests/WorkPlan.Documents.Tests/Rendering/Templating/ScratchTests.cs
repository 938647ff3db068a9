using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Layout;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Templates;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.Templating;

public class ScratchTests
{
    [Fact]
    public void Scratch()
    {
        var engine = new TemplateEngine(Nd30Templates.Default);
        var columns = ColumnDeclaration.Parse(Nd30Templates.Default.Find(TemplateSet.ColumnsFile)!);
        var model = ViewModelBuilder.Build(Samples.FullMonth(), new RenderOptions { SchedulePlacement = SchedulePlacement.Annex }, columns);
        string markup = engine.Render(model, default);
        File.WriteAllText("/tmp/markup.xml", markup);
        LayoutMarkupReader.Read(markup);
    }
}
public class ScratchCss
{
    [Fact]
    public void Css()
    {
        WorkPlan.Documents.Rendering.Styling.StyleSheet.Parse(Nd30Templates.ReadFile("nd30.css"), "nd30.css");
    }
}
