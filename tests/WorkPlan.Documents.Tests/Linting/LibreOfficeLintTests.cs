#if !NETSTANDARD_LEG
// One leg is enough: converting twice would only double the minutes spent in LibreOffice.
using WorkPlan.Documents.Linting;
using WorkPlan.Documents.Tests.Infrastructure;
using Xunit.Abstractions;

namespace WorkPlan.Documents.Tests.Linting;

/// <summary>
/// The seed's .docx saved again by LibreOffice (<c>soffice --headless --convert-to docx</c>): a document written by
/// another tool, with LibreOffice's own styles, defaults and field markup. The linter reads it without crashing and
/// finds the same elements.
/// </summary>
public sealed class LibreOfficeLintTests(ITestOutputHelper output)
{
    [InteropFact]
    public void LibreOffice_s_conversion_of_the_seed_is_read_and_its_findings_reported()
    {
        string folder = Path.Combine(Path.GetTempPath(), "workplan-lint-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "in"));
            string source = Path.Combine(folder, "in", "seed.docx");
            File.WriteAllBytes(source, LintDocuments.Seed);
            ExternalTools.Run(
                "soffice",
                ["--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(folder, "libreoffice-profile")).AbsoluteUri,
                 "--convert-to", "docx", "--outdir", Path.Combine(folder, "out"), source],
                TimeSpan.FromMinutes(3));

            IReadOnlyList<Nd30Finding> findings = LintDocuments.Lint(File.ReadAllBytes(Path.Combine(folder, "out", "seed.docx")));
            foreach (Nd30Finding finding in findings)
            {
                output.WriteLine(finding.ToString());
            }

            Assert.Empty(findings);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
#endif
