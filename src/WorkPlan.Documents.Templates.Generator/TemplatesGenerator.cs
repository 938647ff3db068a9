using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WorkPlan.Documents.Rendering.TemplateChecking;

namespace WorkPlan.Documents.Templates.Generator;

/// <summary>
/// The WorkPlan.Documents.Templates source generator: checks an app's template overrides at build time with the
/// library's template checker (<see cref="TemplateCheck"/>: every check, the same WPT ids, messages and positions as
/// <c>workplan templates check</c> and <c>TemplateSet.Validate()</c>, located in the template files) and completes each class marked
/// <c>[WorkPlanTemplates("Templates")]</c> with <c>Set</c> (the overrides embedded, layered on the default ND30 set)
/// and <c>CreateRenderer()</c>.
/// </summary>
/// <remarks>
/// <para>
/// Template files are the project's additional files with the metadata <c>WorkPlanTemplate=true</c>, which the
/// package's build files give every <c>&lt;WorkPlanTemplates Include="Templates/**" /&gt;</c> item. Member names
/// are checked against the view-model types of the WorkPlan.Documents assembly the compilation references.
/// </para>
/// <para>
/// Incremental: each file is read and checked in its own step (tracking names <see cref="FileStep"/> and
/// <see cref="CheckStep"/>), so an edit re-runs only the edited file's steps; the findings that depend on the whole
/// set (<see cref="SetStep"/>) and the generated source (<see cref="SourceStep"/>), which embeds every file, are
/// made again on any edit of a template. The view model (<see cref="ShapeStep"/>) is read from the compilation and
/// compared by value, so an edit of the app's code re-checks nothing.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; the compiler may run it on any thread.</threadsafety>
[Generator(LanguageNames.CSharp)]
public sealed class TemplatesGenerator : IIncrementalGenerator
{
    /// <summary>The tracking name of the step that reads one template file.</summary>
    public const string FileStep = "WorkPlanTemplates.File";

    /// <summary>The tracking name of the step that checks one template file on its own.</summary>
    public const string CheckStep = "WorkPlanTemplates.Check";

    /// <summary>The tracking name of the step that checks what depends on the whole set (unknown partials, unused overrides, classes).</summary>
    public const string SetStep = "WorkPlanTemplates.Set";

    /// <summary>The tracking name of the step that reads the view-model shape from the referenced library.</summary>
    public const string ShapeStep = "WorkPlanTemplates.Shape";

    /// <summary>The tracking name of the step that generates a marked class's source.</summary>
    public const string SourceStep = "WorkPlanTemplates.Source";

    /// <summary>The additional-file metadata that marks a template file (set by the package's build files).</summary>
    public const string TemplateMetadata = "build_metadata.AdditionalFiles.WorkPlanTemplate";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
            output.AddSource(WorkPlanTemplatesAttributeSource.HintName, SourceText.From(WorkPlanTemplatesAttributeSource.Text, System.Text.Encoding.UTF8)));

        IncrementalValuesProvider<TemplateInput> files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => IsTemplate(pair.Right.GetOptions(pair.Left)))
            .Select(static (pair, cancellationToken) => Read(pair.Left, cancellationToken))
            .WithTrackingName(FileStep);

        IncrementalValueProvider<TemplateModelShape?> shape = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => ModelShapeReader.Read(compilation, cancellationToken)?.ToTemplateModelShape())
            .WithTrackingName(ShapeStep);

        IncrementalValuesProvider<FileCheckResult> fileChecks = files
            .Combine(shape)
            .Select(static (pair, cancellationToken) => TemplateCheck.CheckFile(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(CheckStep);

        IncrementalValueProvider<ImmutableArray<TemplateInput>> allFiles = files.Collect();

        IncrementalValueProvider<EquatableArray<ReportedDiagnostic>> setCheck = allFiles
            .Combine(shape)
            .Select(static (pair, cancellationToken) => TemplateCheck.CheckSet(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(SetStep);

        context.RegisterSourceOutput(fileChecks, static (output, result) => Report(output, result.Diagnostics));
        context.RegisterSourceOutput(setCheck, static (output, diagnostics) => Report(output, diagnostics));

        IncrementalValuesProvider<TemplateClass> classes = context.SyntaxProvider.ForAttributeWithMetadataName(
            WorkPlanTemplatesAttributeSource.MetadataName,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, _) => TemplateClassReader.Read(attributeContext));

        IncrementalValuesProvider<GeneratedClass> sources = classes
            .Combine(allFiles.Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => ProjectDirectory(options))))
            .Select(static (pair, cancellationToken) => OfficeTemplatesEmitter.Emit(pair.Left, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(SourceStep);

        context.RegisterSourceOutput(sources, static (output, generated) =>
        {
            Report(output, generated.Diagnostics);
            if (generated.Source is not null)
            {
                output.AddSource(generated.HintName, SourceText.From(generated.Source, System.Text.Encoding.UTF8));
            }
        });
    }

    private static bool IsTemplate(AnalyzerConfigOptions options) =>
        options.TryGetValue(TemplateMetadata, out string? value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string ProjectDirectory(AnalyzerConfigOptionsProvider options) =>
        options.GlobalOptions.TryGetValue("build_property.ProjectDir", out string? directory) ? directory ?? string.Empty : string.Empty;

    private static TemplateInput Read(AdditionalText file, CancellationToken cancellationToken) =>
        new(file.Path, Path.GetFileName(file.Path), file.GetText(cancellationToken)?.ToString());

    private static void Report(SourceProductionContext output, EquatableArray<ReportedDiagnostic> diagnostics)
    {
        foreach (ReportedDiagnostic diagnostic in diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
