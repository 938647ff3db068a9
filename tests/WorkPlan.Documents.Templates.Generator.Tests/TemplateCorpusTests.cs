using Microsoft.CodeAnalysis;
using WorkPlan.Documents.Rendering.TemplateChecking;
using WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;
using WorkPlan.Documents.Tests.Common;

namespace WorkPlan.Documents.Templates.Generator.Tests;

/// <summary>
/// The shared corpus of broken template sets (tests/TemplateCorpus), built as an app's templates: the generator
/// reports exactly what the runtime checker reports (expected.txt, the file the library's and the CLI's corpus tests
/// read) — the same ids, at the same file, line and column, with the same messages.
/// </summary>
public class TemplateCorpusTests
{
    public static TheoryData<string> Cases() => TemplateCorpus.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_build_reports_each_case_as_the_runtime_checker_does(string name)
    {
        List<KeyValuePair<string, string>> files = TemplateCorpus.Files(name);
        string[] expected = TemplateCorpus.Expected(name);

        GeneratorOutcome outcome = GeneratorHarness.Run(files.Select(f => new KeyValuePair<string, string>("Templates/" + f.Key, f.Value)));

        string[] reported = outcome.Diagnostics.Select(Short).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(reported), $"Expected:\n{string.Join("\n", expected)}\nReported:\n{string.Join("\n", outcome.Printed)}");

        // The messages too: the build and `workplan templates check` print the same sentence for the same mistake.
        TemplateCheckResult runtime = TemplateChecker.Check(Nd30Templates.Default, files, TemplateModelShape.FromViewModel());
        Assert.Equal(
            runtime.Diagnostics.Select(d => d.Id + ": " + d.Message).Order(StringComparer.Ordinal),
            outcome.Diagnostics.Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_view_model_read_through_Roslyn_is_the_one_the_runtime_checks_against()
    {
        ModelShapeDescription? description = ModelShapeReader.Read(GeneratorHarness.Compilation(), CancellationToken.None);

        Assert.NotNull(description);
        Assert.Equal(TemplateModelShape.FromViewModel(), description.ToTemplateModelShape());
    }

    // "signature.sbn-html(9,37): error WPT0003", the corpus's form: the file's name in the set (an app file's name, or
    // a default file's), its 1-based position, the severity and the id.
    private static string Short(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}";
    }
}
