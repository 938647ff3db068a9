using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Cli.Tests.Infrastructure;

/// <summary>
/// What the library renders in-process for a programme file, with the default set and the clock the tool runs with:
/// the expectation for what <c>workplan render</c> writes. The library's own golden files pin the library's output;
/// the CLI tests only check that the tool writes exactly that, so they read no golden of another test project.
/// </summary>
public static class LibraryRender
{
    private static readonly WorkProgrammeRenderer Renderer = new(Nd30Templates.Default, Workplan.Clock);

    /// <summary>The .docx the library renders for the programme JSON at <paramref name="jsonPath"/>.</summary>
    public static byte[] Docx(string jsonPath) => Renderer.RenderDocx(Read(jsonPath));

    /// <summary>The HTML page the library renders for the programme JSON at <paramref name="jsonPath"/>.</summary>
    public static string Html(string jsonPath) => Renderer.RenderHtml(Read(jsonPath));

    private static WorkProgramme Read(string jsonPath) => WorkProgrammeJson.Deserialize(File.ReadAllText(jsonPath));
}
