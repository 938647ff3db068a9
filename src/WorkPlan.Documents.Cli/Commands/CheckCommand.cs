using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Checking;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Localization;
using WorkPlan.Documents.Model;
using WorkPlan.Documents.Serialization;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan check plan.json [--format text|json]</c>: runs the checker and prints its findings, each pointing at
/// the part of the file it concerns. Exit code 0 when no finding is an error, 1 when one is.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("PROGRAMME") { Description = "The programme JSON file to check." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one line per finding, as compilers print them; json: a JSON report for tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check a programme before it is issued (rules WP001–WP013): double bookings, name variants, weekdays, header data, blanks left. Exit code 1 when a finding is an error.")
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
        WorkProgramme programme = await ProgrammeFile.ParseAsync(path, bytes, cancellationToken).ConfigureAwait(false);

        // Days missing from the schedule are judged with the holiday calendar, not weekends alone.
        IReadOnlyList<Finding> findings = ProgrammeChecker.Check(programme, VietnameseHolidayCalendar.Default);
        using var locator = FindingLocator.Build(bytes);
        var located = findings.Select(f => (Finding: f, Where: locator.Locate(f.Location))).ToList();

        if (format == "json")
        {
            await console.Output.WriteAsync(JsonReport(path, located)).ConfigureAwait(false);
        }
        else
        {
            foreach ((Finding finding, (string _, (int Line, int Column)? position)) in located)
            {
                // A finding about a day or an entry says which; one about a header field names it in its message.
                string where = finding.Location.Date is null ? string.Empty : finding.Location + ": ";
                string message = where + finding.Message + (finding.SuggestedFix is null ? string.Empty : " " + CliText.Get("FixLabel") + " " + finding.SuggestedFix);
                await console.Output.WriteLineAsync(Diagnostics.Format(
                    path, position?.Line, position?.Column, $"{Severity(finding.Severity)} {finding.RuleId}", message)).ConfigureAwait(false);
            }

            await console.Output.WriteLineAsync(Summary(findings)).ConfigureAwait(false);
        }

        return findings.Any(f => f.Severity == FindingSeverity.Error) ? ExitCodes.ErrorsReported : ExitCodes.Success;
    }

    private static string Severity(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    private static string Summary(IReadOnlyList<Finding> findings)
    {
        int Count(FindingSeverity s) => findings.Count(f => f.Severity == s);
        return CliText.Summary(Count(FindingSeverity.Error), Count(FindingSeverity.Warning), Count(FindingSeverity.Information));
    }

    private static string JsonReport(string path, List<(Finding Finding, (string JsonPath, (int Line, int Column)? Position) Where)> located)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteNumber("errors", located.Count(l => l.Finding.Severity == FindingSeverity.Error));
            json.WriteNumber("warnings", located.Count(l => l.Finding.Severity == FindingSeverity.Warning));
            json.WriteNumber("information", located.Count(l => l.Finding.Severity == FindingSeverity.Information));
            json.WriteStartArray("findings");
            foreach ((Finding finding, (string jsonPath, (int Line, int Column)? position)) in located)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", finding.RuleId);
                json.WriteString("rule", finding.Rule.Name);
                json.WriteString("severity", Severity(finding.Severity));
                json.WriteString("message", finding.Message);
                if (finding.SuggestedFix is not null)
                {
                    json.WriteString("suggestedFix", finding.SuggestedFix);
                }

                json.WritePropertyName("location");
                WriteLocation(json, finding.Location);
                json.WriteString("jsonPath", jsonPath);
                if (position is { } at)
                {
                    json.WriteNumber("line", at.Line);
                    json.WriteNumber("column", at.Column);
                }

                if (finding.RelatedLocations.Count > 0)
                {
                    json.WriteStartArray("related");
                    foreach (ProgrammeLocation related in finding.RelatedLocations)
                    {
                        WriteLocation(json, related);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteLocation(Utf8JsonWriter json, ProgrammeLocation location)
    {
        json.WriteStartObject();
        if (location.Date is { } date)
        {
            json.WriteString("date", LocalDatePattern.Iso.Format(date));
        }

        if (location.Session is { } session)
        {
            json.WriteString("session", WorkProgrammeJson.NameOf(session));
        }

        if (location.EntryIndex is { } entry)
        {
            json.WriteNumber("entryIndex", entry);
        }

        if (location.Field is { } field)
        {
            json.WriteString("field", field);
        }

        json.WriteEndObject();
    }
}
