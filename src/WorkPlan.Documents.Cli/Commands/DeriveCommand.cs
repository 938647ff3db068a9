using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan derive --week 2021-W19 MONTH.json [--kind programme|schedule|notice] [-o WEEK.json]</c>: the week's programme taken from a month's (the
/// library's <see cref="ProgrammeWeeks.Week"/>): the same header, the week's days with their entries, the days past the
/// month classified by the holiday calendar.
/// </summary>
internal static class DeriveCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("PROGRAMME") { Description = "The programme JSON to take the week from, usually a month's." };
        var week = new Option<LocalDate>("--week", "-w")
        {
            Description = "The week, Monday to Sunday: an ISO 8601 week (2021-W19) or any date of it (2021-05-10).",
            HelpName = "YYYY-Www|YYYY-MM-DD",
            Required = true,
            CustomParser = WeekArgument.Parse,
        };
        Option<string?> output = CommandParts.OutputFile();
        Option<DocumentKind?> kind = CommandParts.Kind();
        kind.Description += " Default: the kind of the programme it is taken from.";
        var command = new Command("derive", "Take a week's programme (lịch công tác tuần) from a month's: the same header, the week's days and entries.")
        {
            input,
            week,
            kind,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetRequiredValue(input), parse.GetRequiredValue(week), parse.GetValue(kind), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string inputPath, LocalDate monday, DocumentKind? kind, string? output, CancellationToken cancellationToken)
    {
        WorkProgramme programme = await ProgrammeFile.ReadAsync(inputPath, cancellationToken).ConfigureAwait(false);
        WorkProgramme week;
        try
        {
            week = programme.Week(monday);
            if (kind is { } issuedAs)
            {
                week = week.WithKind(issuedAs);
            }
        }
        catch (ArgumentException ex)
        {
            throw new CliException(
                ExitCodes.InvalidInput,
                inputPath,
                $"--week {LocalDatePattern.Iso.Format(monday)}: {Utility.ArgumentMessage.Of(ex)}",
                ex);
        }

        await ProgrammeFile.WriteAsync(week, output, console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
