using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Localization;
using WorkPlan.Documents.Linting;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan lint file.docx [--format text|json]</c>: checks any Word document against the formatting rules of
/// Nghị định 30 (rules ND30-01 to ND30-29) and prints the findings. Exit code 0 when no finding is an error, 1 when
/// one is, 3 when the file is not a .docx.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("DOCX") { Description = "The Word document (.docx) to check, made by any tool." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line per finding, as compilers print them; json: a JSON report for tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("lint", "Check a .docx against the formatting rules of Nghị định 30/2020/NĐ-CP, Phụ lục I (rules ND30-01–ND30-29): page setup, Times New Roman, the size and style of each element, page numbers, the header and signature blocks. Exit code 1 when a finding is an error.")
        {
            file,
            format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(console, parse.GetRequiredValue(file), parse.GetRequiredValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string path, string format, CancellationToken cancellationToken)
    {
        byte[] bytes = await InputFile.ReadAllBytesAsync(path, ExitCodes.InvalidInput, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Nd30Finding> findings;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            findings = Nd30Linter.Check(stream);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(ExitCodes.InvalidInput, path, e.Message, e);
        }

        if (format == "json")
        {
            await console.Output.WriteAsync(JsonReport(path, findings)).ConfigureAwait(false);
        }
        else
        {
            foreach (Nd30Finding finding in findings)
            {
                await console.Output.WriteLineAsync(Diagnostics.Format(
                    path, null, null, $"{Severity(finding.Severity)} {finding.RuleId}", $"{finding.Location}: {finding.Message}")).ConfigureAwait(false);
            }

            await console.Output.WriteLineAsync(Summary(findings)).ConfigureAwait(false);
        }

        return findings.Any(f => f.Severity == FindingSeverity.Error) ? ExitCodes.ErrorsReported : ExitCodes.Success;
    }

    private static string Severity(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Summary(IReadOnlyList<Nd30Finding> findings)
    {
        int Count(FindingSeverity s) => findings.Count(f => f.Severity == s);
        return CliText.Summary(Count(FindingSeverity.Error), Count(FindingSeverity.Warning), Count(FindingSeverity.Information));
    }

    private static string JsonReport(string path, IReadOnlyList<Nd30Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteNumber("errors", findings.Count(f => f.Severity == FindingSeverity.Error));
            json.WriteNumber("warnings", findings.Count(f => f.Severity == FindingSeverity.Warning));
            json.WriteNumber("information", findings.Count(f => f.Severity == FindingSeverity.Information));
            json.WriteStartArray("findings");
            foreach (Nd30Finding finding in findings)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("rule", finding.Rule.Name);
                json.WriteString("severity", Severity(finding.Severity));
                json.WriteString("decreeReference", finding.DecreeReference);
                json.WriteString("element", finding.Element);
                json.WriteString("found", finding.Found);
                json.WriteString("required", finding.Required);
                json.WriteString("message", finding.Message);
                json.WriteStartObject("location");
                json.WriteString("part", finding.Location.Part);
                if (finding.Location.Section is { } section)
                {
                    json.WriteNumber("section", section);
                }

                if (finding.Location.ParagraphIndex is { } paragraph)
                {
                    json.WriteNumber("paragraph", paragraph);
                }

                if (finding.Location.Excerpt is { } excerpt)
                {
                    json.WriteString("excerpt", excerpt);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
