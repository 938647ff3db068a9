using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using WorkPlan.Documents.Rendering;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Templates.Generator.Tests;

public class GeneratedSourceTests
{
    private const string Marker = "Chữ ký số của Văn phòng";

    private static readonly string SignatureOverride =
        Nd30Templates.ReadFile("signature.sbn-html") + "<p class=\"signer-name\">" + Marker + "</p>\n";

    [Fact]
    public void OfficeTemplates_source_embeds_the_overrides_as_literals_on_the_default_set()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", SignatureOverride)]);

        Assert.Empty(outcome.Diagnostics);
        GeneratedSourceResult generated = Assert.Single(outcome.Result.GeneratedSources, s => s.HintName == "App.OfficeTemplates.WorkPlanTemplates.g.cs");
        Golden.Verify(generated.SourceText.ToString(), "cs");
    }

    [Fact]
    public void Attribute_is_generated_and_compiles_with_the_app()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", SignatureOverride)]);

        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "WorkPlanTemplatesAttribute.g.cs");
        Assert.Empty(outcome.Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Generated_set_renders_the_override_with_no_template_file_on_disk()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", SignatureOverride)]);
        Assert.False(Directory.Exists(GeneratorHarness.ProjectDirectory), "the test app's folder exists on disk; the generated set must not need it");

        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = outcome.Compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));

        var context = new AssemblyLoadContext("generated-app", isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly app = context.LoadFromStream(image);
            Type templates = app.GetType("App.OfficeTemplates", throwOnError: true)!;
            var set = (TemplateSet)templates.GetProperty("Set", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var renderer = (WorkProgrammeRenderer)templates.GetMethod("CreateRenderer", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [null])!;

            string html = renderer.RenderHtml(TestPrograms.Small());
            Assert.Contains(Marker, html, StringComparison.Ordinal);
            Assert.Contains(Marker, new WorkProgrammeRenderer(set).RenderHtml(TestPrograms.Small()), StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, Nd30Templates.CreateRenderer().RenderHtml(TestPrograms.Small()), StringComparison.Ordinal);
        }
        finally
        {
            context.Unload();
        }
    }
}
