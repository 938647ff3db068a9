using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="TemplatesGenerator"/> the way the compiler does for an app project at <see cref="ProjectDirectory"/>
/// that references WorkPlan.Documents and WorkPlan.Documents.Templates and declares its templates with the
/// WorkPlanTemplates item: the templates are additional files marked WorkPlanTemplate=true.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>The app's project folder (a path only: nothing is read from disk).</summary>
    public static readonly string ProjectDirectory = Path.Combine(Path.GetTempPath(), "workplan-generator-tests", "App") + Path.DirectorySeparatorChar;

    /// <summary>The app's class that the generator completes.</summary>
    public const string AppSource = """
        using WorkPlan.Documents.Templates;

        namespace App;

        [WorkPlanTemplates("Templates")]
        internal static partial class OfficeTemplates;
        """;

    /// <summary>The parse options of the app (C# latest).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))]);

    /// <summary>Gets the full path of a template file of the app, e.g. "Templates/signature.sbn-html".</summary>
    public static string PathOf(string relativePath) => Path.Combine(ProjectDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Creates the app's compilation (before the generator runs).</summary>
    public static CSharpCompilation Compilation(string source = AppSource) => CSharpCompilation.Create(
        "App",
        [CSharpSyntaxTree.ParseText(source, ParseOptions, path: Path.Combine(ProjectDirectory, "OfficeTemplates.cs"))],
        References.Value,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Creates a driver with the app's template files (relative path → text), tracking the generator's steps.</summary>
    public static GeneratorDriver Driver(IEnumerable<KeyValuePair<string, string>> templates, IEnumerable<KeyValuePair<string, string>>? otherFiles = null) =>
        Driver(
            [.. templates.Select(t => new TemplateText(PathOf(t.Key), t.Value))],
            [.. (otherFiles ?? []).Select(t => new TemplateText(PathOf(t.Key), t.Value))]);

    /// <summary>Creates a driver with the given template files (and other additional files, not marked as templates).</summary>
    public static GeneratorDriver Driver(IReadOnlyList<TemplateText> templates, IReadOnlyList<TemplateText>? otherFiles = null) =>
        CSharpGeneratorDriver.Create(
            [new TemplatesGenerator().AsSourceGenerator()],
            [.. templates, .. otherFiles ?? []],
            ParseOptions,
            new TestOptionsProvider(ProjectDirectory, [.. templates.Select(t => t.Path)]),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over the app with the given template files.</summary>
    public static GeneratorOutcome Run(IEnumerable<KeyValuePair<string, string>> templates, string source = AppSource) =>
        Run(Driver(templates), source);

    /// <summary>Runs a prepared driver over the app.</summary>
    public static GeneratorOutcome Run(GeneratorDriver driver, string source = AppSource)
    {
        CSharpCompilation compilation = Compilation(source);
        GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorOutcome(ran, output, diagnostics);
    }

    /// <summary>Formats a diagnostic as the compiler prints it, with the path relative to the project folder.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string where = diagnostic.Location == Location.None
            ? string.Empty
            : $"{Path.GetRelativePath(ProjectDirectory, span.Path).Replace('\\', '/')}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): ";
        return $"{where}{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}

/// <summary>What one generator run gave: the driver (for a next run), the compilation with the generated source, and the generator's diagnostics.</summary>
internal sealed record GeneratorOutcome(GeneratorDriver Driver, Compilation Compilation, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets the generator's run result.</summary>
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>Gets the diagnostics as the compiler prints them, sorted.</summary>
    public IReadOnlyList<string> Printed => [.. Diagnostics.Select(GeneratorHarness.Format).Order(StringComparer.Ordinal)];
}
