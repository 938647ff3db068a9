// A minimal API embedding WorkPlan.Documents the way a government app would: the app posts a programme as JSON
// (the schema of WorkProgrammeJson) and gets the document back.
//
//   POST /programmes/render/docx   → application/vnd.openxmlformats-officedocument.wordprocessingml.document
//   POST /programmes/render/html   → text/html; charset=utf-8
//   POST /programmes/check         → the checker's findings as JSON
//
// A body that is not a valid programme gets 400 with a problem+json body naming the JSON path that is wrong.
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Templates.DependencyInjection;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// The renderer (default ND30 templates, or a folder and stylesheet from configuration) and the holiday calendar,
// registered as thread-safe singletons.
builder.Services.AddWorkPlanDocuments(options =>
{
    options.TemplateFolder = builder.Configuration["WorkPlan:TemplateFolder"];
    options.StyleSheetPath = builder.Configuration["WorkPlan:StyleSheet"];
});
builder.Services.AddProblemDetails();

WebApplication app = builder.Build();

app.MapPost("/programmes/render/{format}", async (string format, HttpRequest request, WorkProgrammeRenderer renderer, CancellationToken cancellationToken) =>
{
    if (format is not ("docx" or "html"))
    {
        return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown format", detail: $"'{format}' is not a format; use docx or html.");
    }

    WorkProgramme programme;
    try
    {
        programme = await WorkProgrammeJson.DeserializeAsync(request.Body, cancellationToken);
    }
    catch (WorkProgrammeJsonException ex)
    {
        return InvalidProgramme(ex);
    }

    string name = programme.SuggestedFileName; // "chuong-trinh-cong-tac-tuan-19-2021": no slash, whatever the period
    return format == "docx"
        ? Results.File(renderer.RenderDocx(programme, cancellationToken: cancellationToken), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx")
        : Results.Text(renderer.RenderHtml(programme, cancellationToken: cancellationToken), "text/html; charset=utf-8");
});

app.MapPost("/programmes/check", async (HttpRequest request, IDayClassifier holidays, CancellationToken cancellationToken) =>
{
    try
    {
        WorkProgramme programme = await WorkProgrammeJson.DeserializeAsync(request.Body, cancellationToken);
        return Results.Ok(ProgrammeChecker.Check(programme, holidays).Select(f => new
        {
            f.RuleId,
            Severity = f.Severity.ToString(),
            Location = f.Location.ToString(),
            f.Message,
            f.SuggestedFix,
        }));
    }
    catch (WorkProgrammeJsonException ex)
    {
        return InvalidProgramme(ex);
    }
});

app.Run();

static IResult InvalidProgramme(WorkProgrammeJsonException ex) => Results.Problem(
    statusCode: StatusCodes.Status400BadRequest,
    title: "The programme JSON is invalid",
    detail: ex.Message,
    extensions: new Dictionary<string, object?> { ["path"] = ex.Path });

/// <summary>The application's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
