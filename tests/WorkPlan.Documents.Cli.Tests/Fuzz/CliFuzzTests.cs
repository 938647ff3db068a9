using Xunit.Abstractions;

namespace WorkPlan.Documents.Cli.Tests.Fuzz;

/// <summary>
/// Exit 70 only for real bugs: every command of <c>workplan</c> is run on generated programmes and damaged inputs —
/// JSON, text, header files, template partials, stylesheets, column declarations, awkward paths — and no input may
/// end in an internal error, an undocumented exit code, or a failure that says nothing. The CLI's counterpart of the
/// importer's <c>ImporterPropertyTests</c>.
/// </summary>
/// <remarks>
/// CI runs the counts below from <see cref="FuzzBudget.DefaultSeed"/> (together well under a minute on two cores);
/// <c>WORKPLAN_FUZZ_CASES=10000 dotnet test tests/WorkPlan.Documents.Cli.Tests --filter CliFuzzTests</c> runs more.
/// A failing case is written out as a reproducer (see <see cref="FuzzRunner"/>); the failure message lists them by cause.
/// </remarks>
[Collection(nameof(CliFuzzTests))]
public class CliFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public void New_never_ends_in_an_internal_error() => new FuzzRunner("new", log).Run(CommandCases.New, FuzzBudget.Cases(500));

    [Fact]
    public void Import_never_ends_in_an_internal_error() => new FuzzRunner("import", log).Run(CommandCases.Import, FuzzBudget.Cases(300));

    [Fact]
    public void Check_never_ends_in_an_internal_error() => new FuzzRunner("check", log).Run(CommandCases.Check, FuzzBudget.Cases(400));

    [Fact]
    public void Render_never_ends_in_an_internal_error() => new FuzzRunner("render", log).Run(CommandCases.Render, FuzzBudget.Cases(150));

    [Fact]
    public void Templates_export_never_ends_in_an_internal_error() => new FuzzRunner("templates export", log).Run(CommandCases.TemplatesExport, FuzzBudget.Cases(200));
}
