using WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

namespace WorkPlan.Documents.Templates.Generator.Tests;

public class DeclarationDiagnosticsTests
{
    private static readonly string Signature = Nd30Templates.ReadFile("signature.sbn-html");

    [Theory]
    [InlineData("internal partial class OfficeTemplates;", "must be declared 'static partial'")]
    [InlineData("internal static class OfficeTemplates;", "must be declared 'static partial'")]
    [InlineData("internal static partial class Outer { [WorkPlanTemplates(\"Templates\")] internal static partial class OfficeTemplates; }", "is nested in 'Outer'")]
    [InlineData("internal static partial class OfficeTemplates<T>;", "is generic")]
    public void WPT0901_a_class_the_generator_cannot_complete_is_an_error_at_its_name(string declaration, string expected)
    {
        string source = "using WorkPlan.Documents.Templates;\nnamespace App;\n" +
            (declaration.StartsWith("internal static partial class Outer", StringComparison.Ordinal) ? declaration : "[WorkPlanTemplates(\"Templates\")]\n" + declaration);

        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", Signature)], source);

        string printed = Assert.Single(outcome.Printed);
        Assert.Contains("error WPT0901: ", printed, StringComparison.Ordinal);
        Assert.Contains(expected, printed, StringComparison.Ordinal);
        Assert.StartsWith("OfficeTemplates.cs(", printed, StringComparison.Ordinal);
        Assert.DoesNotContain(outcome.Result.GeneratedSources, s => s.HintName.EndsWith(".WorkPlanTemplates.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/etc")]
    [InlineData("../Shared")]
    [InlineData(" ")]
    public void WPT0901_a_folder_outside_the_project_is_an_error(string folder)
    {
        string source = $"using WorkPlan.Documents.Templates;\nnamespace App;\n[WorkPlanTemplates(\"{folder}\")]\ninternal static partial class OfficeTemplates;";

        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", Signature)], source);

        Assert.Equal("OfficeTemplates.cs(4,31): error WPT0901", Assert.Single(outcome.Printed)[..39]);
    }

    [Fact]
    public void WPT0902_a_folder_without_template_files_is_a_warning_and_the_class_gets_the_default_set()
    {
        string source = "using WorkPlan.Documents.Templates;\nnamespace App;\n[WorkPlanTemplates(\"Layouts\")]\ninternal static partial class OfficeTemplates;";

        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", Signature)], source);

        Assert.Equal(
            "OfficeTemplates.cs(4,31): warning WPT0902: [WorkPlanTemplates(\"Layouts\")]: no template file lies in \"Layouts\"; declare the files with <WorkPlanTemplates Include=\"Layouts/**\" /> in the project file (the class gets the default ND30 set unchanged).",
            Assert.Single(outcome.Printed));
        Assert.Contains(outcome.Result.GeneratedSources, s => s.HintName == "App.OfficeTemplates.WorkPlanTemplates.g.cs");
    }

    [Fact]
    public void WPT0903_two_files_of_one_name_are_an_error_at_the_second()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", Signature), new("Templates/old/signature.sbn-html", Signature)]);

        string printed = Assert.Single(outcome.Printed);
        Assert.StartsWith("Templates/signature.sbn-html(1,1): error WPT0903: the template file \"signature.sbn-html\" is also at ", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Additional_files_not_declared_as_templates_are_left_alone()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(GeneratorHarness.Driver([], [new TemplateText(GeneratorHarness.PathOf("Templates/notes.sbn-html"), "{{ if }")]));

        Assert.Equal(["OfficeTemplates.cs(6,31): warning WPT0902"], outcome.Printed.Select(p => p[..41]));
    }
}
