using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Tests.Common;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering;

/// <summary>
/// Golden files of whole documents with the default template set: the seed's May 2021 programme, a minimal
/// programme, the schedule as a landscape annex, an added "Địa điểm" column declared by configuration only, and the
/// week of 10–16/5/2021 taken from the seed as each kind of document (programme, lịch công tác, thông báo) with the
/// weekly column preset.
/// .docx goldens are the package's XML parts (indented) and a plain-text projection; HTML goldens are the page.
/// </summary>
public class RenderingGoldenTests
{
    public static TheoryData<string> Cases => new()
    {
        "seed", "minimal", "seed-annex", "location-column", "week19-programme", "week19-schedule", "week19-notice",
    };

    private static readonly RenderOptions Weekly = new() { Columns = ScheduleColumns.Weekly };

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
        "week19-programme" => (Week19(DocumentKind.Programme), Renderers.Default, Weekly),
        "week19-schedule" => (Week19(DocumentKind.Schedule), Renderers.Default, Weekly),
        "week19-notice" => (Week19(DocumentKind.Notice), Renderers.Default, Weekly),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown golden case."),
    };

    /// <summary>The week of 10–16/5/2021 (ISO week 19) taken from the seed month, issued as <paramref name="kind"/>.</summary>
    internal static WorkProgramme Week19(DocumentKind kind) => Renderers.Seed().Week(new NodaTime.LocalDate(2021, 5, 10)).WithKind(kind);

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
