using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan new --month 2021-05 [--header FILE] [-o plan.json]</c>: scaffolds a month's programme with every
/// day in place — working days, weekends, holiday breaks ("Nghỉ lễ" with the holiday's name), make-up working days —
/// from the Vietnamese holiday calendar, ready for the schedule to be filled in.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var month = new Option<YearMonth>("--month", "-m")
        {
            Description = "The month, as YYYY-MM (e.g. 2021-05).",
            HelpName = "YYYY-MM",
            Required = true,
            CustomParser = ParseMonth,
        };
        Option<string?> header = CommandParts.HeaderFile();
        header.Description += " Without it, the agency, number and signer are the blanks of the ND30 form, for you to fill in.";
        Option<string?> output = CommandParts.OutputFile();
        var command = new Command("new", "Scaffold a month's programme: every day with its weekday and status (weekend, holiday break, make-up working day) from the Vietnamese holiday calendar.")
        {
            month,
            header,
            output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            console, parse.GetRequiredValue(month), parse.GetValue(header), parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, YearMonth month, string? headerPath, string? output, CancellationToken cancellationToken)
    {
        // A well-formed month the calendar cannot classify is an input the tool does not support, not a usage error.
        if (month.Year < VietnameseHolidayCalendar.MinYear || month.Year > VietnameseHolidayCalendar.MaxYear)
        {
            throw new CliException(
                ExitCodes.InvalidInput,
                null,
                $"--month {YearMonthPattern.Iso.Format(month)} is outside the years the holiday calendar covers, {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}; scaffold a month of those years.");
        }

        // Without a header file the scaffold holds the form's blanks, every one marked assumed.
        ImportHeader? header = headerPath is null ? null : await HeaderFile.ReadAsync(headerPath, cancellationToken).ConfigureAwait(false);
        WorkProgramme programme;
        try
        {
            programme = ProgrammeScaffold.ForMonth(month, header);
        }
        catch (ArgumentException ex) when (headerPath is not null)
        {
            // The month was checked above, so what the model refuses came from the header file: a value past a
            // limit (ProgrammeLimits) or one a model type does not accept. Found by the CLI fuzz test (exit 70 before).
            throw new CliException(ExitCodes.InvalidInput, headerPath, HeaderValueMessage(ex), ex);
        }

        await ProgrammeFile.WriteAsync(programme, output, console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string HeaderValueMessage(ArgumentException error)
    {
        string reason = error is ProgrammeLimitException limit
            ? limit.Reason
            : error.Message.Replace($" (Parameter '{error.ParamName}')", string.Empty, StringComparison.Ordinal);
        return error.ParamName is { } field && !reason.StartsWith(field, StringComparison.Ordinal) ? $"{field}: {reason}" : reason;
    }

    private static YearMonth ParseMonth(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        ParseResult<YearMonth> parsed = YearMonthPattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            result.AddError($"--month: '{text}' is not a month; write it as YYYY-MM, e.g. 2021-05.");
            return default;
        }

        return parsed.Value;
    }
}
