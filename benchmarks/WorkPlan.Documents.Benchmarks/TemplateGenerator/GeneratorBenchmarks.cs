using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using WorkPlan.Documents.Templates.Generator;

namespace WorkPlan.Documents.Benchmarks.TemplateGenerator;

/// <summary>
/// What the template source generator adds to a build of samples/TemplateAuthor (docs/performance.md): Roslyn's
/// generator driver over the sample's compilation — its C# files and its Templates/ files, embedded in this assembly —
/// from scratch (<see cref="FullRun"/>, a clean build), and after an edit of one template file with the driver's cache
/// warm (<see cref="OneFileEdit"/>, the IDE's case and an incremental build server's).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string ResourcePrefix = "WorkPlan.Documents.Benchmarks.TemplateAuthor.";
    private const string ProjectDirectory = "/bench/TemplateAuthor/";

    private CSharpCompilation compilation = null!;
    private ImmutableArray<AdditionalText> texts;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;
    private AdditionalText original = null!;
    private AdditionalText current = null!;

    /// <summary>Builds the sample's compilation and a driver that has run once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Assembly assembly = typeof(GeneratorBenchmarks).Assembly;
        string[] names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).ToArray();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        compilation = CSharpCompilation.Create(
            "TemplateAuthor",
            names.Where(n => n.EndsWith(".cs", StringComparison.Ordinal))
                .Select(n => CSharpSyntaxTree.ParseText(Read(assembly, n), parse, path: ProjectDirectory + n[ResourcePrefix.Length..])),
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(p => MetadataReference.CreateFromFile(p)),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        texts = [.. names.Where(n => !n.EndsWith(".cs", StringComparison.Ordinal))
            .Select(n => (AdditionalText)new MemoryText(ProjectDirectory + "Templates/" + n[ResourcePrefix.Length..], Read(assembly, n)))];
        if (texts.Length == 0)
        {
            throw new InvalidOperationException("The TemplateAuthor sample's templates are not embedded in the benchmarks.");
        }

        original = texts.First(t => t.Path.EndsWith("nd30.css", StringComparison.Ordinal));
        edited = new MemoryText(original.Path, original.GetText()!.ToString() + "\n.schedule-holiday { font-weight: bold; }\n");
        warm = CreateDriver().RunGenerators(compilation);
        current = original;
        if (!Run(CreateDriver()).All(d => d.Severity < DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("The TemplateAuthor sample's templates do not pass the generator's checks.");
        }
    }

    /// <summary>The generator from scratch over the sample: a clean build's cost.</summary>
    [Benchmark(Baseline = true)]
    public int FullRun() => Run(CreateDriver()).Length;

    /// <summary>One template file edited, the driver's cache warm: re-reads and re-checks that file, then the set.</summary>
    [Benchmark]
    public int OneFileEdit()
    {
        AdditionalText next = ReferenceEquals(current, original) ? edited : original;
        warm = warm.ReplaceAdditionalText(current, next).RunGenerators(compilation);
        current = next;
        return warm.GetRunResult().Diagnostics.Length;
    }

    private ImmutableArray<Diagnostic> Run(GeneratorDriver driver)
    {
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out ImmutableArray<Diagnostic> diagnostics);
        return diagnostics;
    }

    private CSharpGeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [new TemplatesGenerator().AsSourceGenerator()],
        texts,
        (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
        new TemplateOptions([.. texts.Select(t => t.Path)]),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => source;
    }

    // The options MSBuild gives the compiler with the package's build files: the project folder and the template mark.
    private sealed class TemplateOptions(ImmutableHashSet<string> templates) : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Marked = new(ImmutableDictionary<string, string>.Empty.Add(TemplatesGenerator.TemplateMetadata, "true"));
        private static readonly Values None = new(ImmutableDictionary<string, string>.Empty);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(ImmutableDictionary<string, string>.Empty.Add("build_property.ProjectDir", ProjectDirectory));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => templates.Contains(textFile.Path) ? Marked : None;

        private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
