using Scriban.Runtime;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Rendering.Templating;
using WorkPlan.Documents.Rendering.ViewModel;
using WorkPlan.Documents.Tests.Infrastructure;

namespace WorkPlan.Documents.Tests.Rendering.TemplateChecking;

/// <summary>The shape read from the view model names exactly what the engine gives the templates.</summary>
public sealed class TemplateModelShapeTests
{
    [Fact]
    public void The_globals_are_the_engines_globals()
    {
        ProgrammeViewModel model = Renderers.Default.CreateViewModel(Samples.Minimal());
        ScriptObject globals = ScriptModel.Create(model);

        TemplateModelShape shape = TemplateModelShape.FromViewModel();

        Assert.Equal(globals.Keys.Order(StringComparer.Ordinal), shape.Root.Members.Select(m => m.Name));
        foreach (TemplateMemberShape member in shape.Root.Members.Where(m => m.Kind == TemplateValueKind.View))
        {
            var nested = (ScriptObject)globals[member.Name]!;
            Assert.Equal(nested.Keys.Order(StringComparer.Ordinal), shape.FindType(member.TypeName)!.Members.Select(m => m.Name));
        }
    }

    [Fact]
    public void A_shape_built_by_hand_equals_one_with_the_same_members()
    {
        var a = new TemplateModelShape("Root", [new TemplateTypeShape("Root", [new TemplateMemberShape("x", TemplateValueKind.Value, null)])]);
        var b = new TemplateModelShape("Root", [new TemplateTypeShape("Root", [new TemplateMemberShape("x", TemplateValueKind.Value, null)])]);

        Assert.Equal(a, b);
        Assert.Throws<ArgumentException>(() => new TemplateMemberShape("y", TemplateValueKind.View, null));
    }

    [Fact]
    public void A_diagnostic_reads_like_msbuild()
    {
        var d = new TemplateDiagnostic(TemplateDiagnosticDescriptors.UnknownMember, "m", "signature.sbn-html", 9, 37, 9, 46);

        Assert.Equal("signature.sbn-html(9,37): error WPT0003: m", d.ToString());
        Assert.EndsWith("docs/diagnostics.md#wpt0003", d.HelpLink, StringComparison.Ordinal);
    }
}
