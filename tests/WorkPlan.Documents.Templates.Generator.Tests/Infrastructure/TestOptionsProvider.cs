using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

/// <summary>
/// The analyzer options MSBuild would give the compiler for a project using the package: the project folder, and
/// the metadata WorkPlanTemplate=true on the additional files declared by the WorkPlanTemplates item.
/// </summary>
internal sealed class TestOptionsProvider(string projectDirectory, ImmutableHashSet<string> templatePaths) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new Options(ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", projectDirectory));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new Options(templatePaths.Contains(textFile.Path)
            ? ImmutableDictionary<string, string>.Empty.Add(TemplatesGenerator.TemplateMetadata, "true")
            : ImmutableDictionary<string, string>.Empty);

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
