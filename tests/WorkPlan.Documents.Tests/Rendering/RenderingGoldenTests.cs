using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Tests.Common;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>
/// Golden files of whole documents with the default template set: the seed's May 2021 programme, a minimal
/// programme, the schedule as a landscape annex, and an added "Địa điểm" column declared by configuration only.
/// .docx goldens are the package's XML parts (indented) and a plain-text projection; HTML goldens are the page.
/// </summary>
public class RenderingGoldenTests
{
    public static TheoryData<string> Cases => new() { "seed", "minimal", "seed-annex", "location-column" };

    /// <summary>The location column is a configuration change: a schedule-columns.json override, no template edit.</summary>
    private const string LocationColumns = """
        {
          "columns": [
            { "field": "day", "heading": "NGÀY/ THỨ", "width": "11%" },
            { "field": "content", "heading": "NỘI DUNG CÔNG VIỆC", "width": "37%" },
            { "field": "location", "heading": "ĐỊA ĐIỂM", "width": "16%" },
            { "field": "preparing_unit", "heading": "CHỦ TRÌ CHUẨN BỊ", "width": "15%" },
            { "field": "leaders", "heading": "LÃNH ĐẠO CHỦ TRÌ, HOẶC THAM DỰ", "width": "21%" }
          ]
        }
        """;

    private static readonly WorkProgrammeRenderer LocationRenderer = Renderers.WithOverrides(("schedule-columns.json", LocationColumns));

    internal static (WorkProgramme Programme, WorkProgrammeRenderer Renderer, RenderOptions? Options) Case(string name) => name switch
    {
        "seed" => (Renderers.Seed(), Renderers.Default, null),
        "minimal" => (Samples.Minimal(), Renderers.Default, null),
        "seed-annex" => (Renderers.Seed(), Renderers.Default, new RenderOptions { SchedulePlacement = SchedulePlacement.Annex }),
        "location-column" => (Samples.FullMonth(), LocationRenderer, null),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown golden case."),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx(string name)
    {
        var (programme, renderer, options) = Case(name);

        byte[] docx = renderer.RenderDocx(programme, options);

        Assert.Empty(DocxValidation.Errors(docx));
        Golden.Verify(DocxProjection.Text(docx), "txt", name);
        Golden.Verify(DocxProjection.Parts(docx), "xml", name);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html(string name)
    {
        var (programme, renderer, options) = Case(name);

        Golden.Verify(renderer.RenderHtml(programme, options), "html", name);
    }
}
