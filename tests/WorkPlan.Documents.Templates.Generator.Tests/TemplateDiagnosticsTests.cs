using WorkPlan.Documents.Templates.Generator.Tests.Infrastructure;

namespace WorkPlan.Documents.Templates.Generator.Tests;

/// <summary>The checks of the template files' contents, reported by the generator at the file's own line and column.</summary>
public class TemplateDiagnosticsTests
{
    [Fact]
    public void Default_ND30_set_as_overrides_gives_no_diagnostic()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(Nd30Templates.FileNames.Select(n => new KeyValuePair<string, string>("Templates/" + n, Nd30Templates.ReadFile(n))));

        Assert.Empty(outcome.Printed);
    }

    [Fact]
    public void WPT0001_a_syntax_error_is_reported_at_its_line_and_column_in_the_template_file()
    {
        string broken = Nd30Templates.ReadFile("signature.sbn-html").Replace("{{ signature.signer_name }}", "{{ signature.signer_name ) }}", StringComparison.Ordinal);

        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", broken)]);

        string printed = Assert.Single(outcome.Printed);
        Assert.StartsWith("Templates/signature.sbn-html(9,49): error WPT0001: ", printed, StringComparison.Ordinal);
        Microsoft.CodeAnalysis.Diagnostic diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal(GeneratorHarness.PathOf("Templates/signature.sbn-html"), diagnostic.Location.GetLineSpan().Path);
        Assert.EndsWith("docs/diagnostics.md#wpt0001", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Fact]
    public void WPT0002_in_a_partial_no_programme_renders_is_still_reported_at_the_opening_tag()
    {
        // The annex partial runs only when the schedule goes to an annex; the build checks it anyway.
        string broken = Nd30Templates.ReadFile("annex.sbn-html") + "\n{{ if schedule.in_annex }}\n";

        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/annex.sbn-html", broken)]);

        int line = Nd30Templates.ReadFile("annex.sbn-html").Split('\n').Length + 1;
        Assert.StartsWith($"Templates/annex.sbn-html({line},4): error WPT0002: ", Assert.Single(outcome.Printed), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_broken_file_is_reported_in_itself()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(
        [
            new("Templates/title.sbn-html", "<p>{{ title ) }}</p>\n"),
            new("Templates/header.sbn-html", "\n\n<p>{{ for x in header.motto }}</p>\n"),
            new("Templates/signature.sbn-html", Nd30Templates.ReadFile("signature.sbn-html")),
        ]);

        Assert.Equal(2, outcome.Printed.Count);
        Assert.StartsWith("Templates/header.sbn-html(", outcome.Printed[0], StringComparison.Ordinal);
        Assert.StartsWith("Templates/title.sbn-html(1,", outcome.Printed[1], StringComparison.Ordinal);
    }

    [Fact]
    public void WPT0003_a_misspelt_member_names_the_nearest_valid_one()
    {
        string broken = Nd30Templates.ReadFile("signature.sbn-html").Replace("signature.signer_name", "signature.signer_nme", StringComparison.Ordinal);

        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signature.sbn-html", broken)]);

        string printed = Assert.Single(outcome.Printed);
        Assert.StartsWith("Templates/signature.sbn-html(9,37): error WPT0003: ", printed, StringComparison.Ordinal);
        Assert.Contains("signer_name", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void WPT0005_a_misnamed_override_is_reported_in_that_file_with_the_nearest_name()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run([new("Templates/signatur.sbn-html", Nd30Templates.ReadFile("signature.sbn-html"))]);

        string printed = Assert.Single(outcome.Printed);
        Assert.StartsWith("Templates/signatur.sbn-html(1,1): error WPT0005: ", printed, StringComparison.Ordinal);
        Assert.Contains("signature.sbn-html", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_partial_that_another_override_calls_is_not_an_unused_override()
    {
        GeneratorOutcome outcome = GeneratorHarness.Run(
        [
            new("Templates/closing.sbn-html", Nd30Templates.ReadFile("closing.sbn-html") + "{{ partial \"office-note\" }}\n"),
            new("Templates/office-note.sbn-html", "<p class=\"signer-name\">Văn phòng</p>\n"),
        ]);

        Assert.Empty(outcome.Printed);
    }
}
