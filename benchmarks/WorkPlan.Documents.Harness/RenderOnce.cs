using WorkPlan.Documents.Model;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Serialization;
using WorkPlan.Documents.Templates;

namespace WorkPlan.Documents.Harness;

/// <summary>
/// The cold-start child: what an application does to produce its first document — read the programme JSON, create
/// the default renderer, render once, write the file — and nothing else.
/// </summary>
internal static class RenderOnce
{
    public static void Run(string format, string input, string output)
    {
        WorkProgramme programme = WorkProgrammeJson.Deserialize(File.ReadAllText(input));
        WorkProgrammeRenderer renderer = Nd30Templates.CreateRenderer();
        using FileStream file = File.Create(output);
        if (format == "html")
        {
            renderer.WriteHtml(programme, file);
        }
        else
        {
            renderer.WriteDocx(programme, file);
        }
    }
}
