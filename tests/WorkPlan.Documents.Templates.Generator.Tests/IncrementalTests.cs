using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

namespace WorkPlan.Documents.Templates.Generator.Tests;

/// <summary>The driver's cache: an edit of one template re-runs that file's steps only (tracking names of <see cref="TemplatesGenerator"/>).</summary>
public class IncrementalTests
{
    private static readonly string[] Names = ["header.sbn-html", "signature.sbn-html", "title.sbn-html"];

    [Fact]
    public void Editing_one_template_reruns_only_that_files_read_and_check_steps()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        List<TemplateText> texts = [.. Names.Select(n => new TemplateText(GeneratorHarness.PathOf("Templates/" + n), Nd30Templates.ReadFile(n)))];
        GeneratorDriver driver = GeneratorHarness.Driver(texts).RunGenerators(compilation);
        TemplateText signature = texts.Single(t => t.Path.EndsWith("signature.sbn-html", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(signature, new TemplateText(signature.Path, Nd30Templates.ReadFile("signature.sbn-html") + "<p class=\"signer-name\">x</p>\n"))
            .RunGenerators(compilation);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        Assert.Equal(
            [("header.sbn-html", IncrementalStepRunReason.Cached), ("signature.sbn-html", IncrementalStepRunReason.Modified), ("title.sbn-html", IncrementalStepRunReason.Cached)],
            Reasons(run, TemplatesGenerator.FileStep));
        // The edited file's check ran again (its result may be the same: Unchanged); the others' did not run (Cached).
        Assert.Equal(
            [("header.sbn-html", false), ("signature.sbn-html", true), ("title.sbn-html", false)],
            Reasons(run, TemplatesGenerator.CheckStep).Select(r => (r.File, r.Reason != IncrementalStepRunReason.Cached)));
        // The view model is the same: whether the driver re-reads it (Unchanged) or not (Cached), nothing downstream sees a change.
        Assert.All(run.TrackedSteps[TemplatesGenerator.ShapeStep], step => Assert.All(step.Outputs, o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason)));
        Assert.All(run.TrackedSteps[TemplatesGenerator.SourceStep], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason)));
        // The set-wide findings are looked for again (they depend on every file); the same findings come out.
        Assert.All(run.TrackedSteps[TemplatesGenerator.SetStep], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason)));
    }

    [Fact]
    public void Editing_the_apps_code_rechecks_no_template()
    {
        CSharpCompilation compilation = GeneratorHarness.Compilation();
        GeneratorDriver driver = GeneratorHarness.Driver(Names.Select(n => new KeyValuePair<string, string>("Templates/" + n, Nd30Templates.ReadFile(n))))
            .RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App; internal static class Other { }", GeneratorHarness.ParseOptions)));
        GeneratorRunResult run = driver.GetRunResult().Results.Single();

        // The view model is read again from the new compilation, finds the same shape, and so nothing after it runs.
        Assert.All(run.TrackedSteps[TemplatesGenerator.ShapeStep], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason)));
        Assert.All(Reasons(run, TemplatesGenerator.CheckStep), r => Assert.Equal(IncrementalStepRunReason.Cached, r.Reason));
        Assert.All(run.TrackedSteps[TemplatesGenerator.SetStep], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason)));
        Assert.All(run.TrackedSteps[TemplatesGenerator.SourceStep], step => Assert.All(step.Outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason)));
    }

    private static List<(string File, IncrementalStepRunReason Reason)> Reasons(GeneratorRunResult run, string step) =>
        [.. run.TrackedSteps[step]
            .Select(s => (File: FileOf(s), Reason: s.Outputs.Single().Reason))
            .OrderBy(r => r.File, StringComparer.Ordinal)];

    private static string FileOf(IncrementalGeneratorRunStep step) => step.Outputs.Single().Value switch
    {
        TemplateInput input => input.FileName,
        FileCheckResult result => Path.GetFileName(result.Path),
        var other => throw new InvalidOperationException($"Unexpected step output {other}."),
    };
}
