using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;
using WorkPlan.Documents.Calendar;
using WorkPlan.Documents.Calendar.Holidays;
using WorkPlan.Documents.Cli.Input;
using WorkPlan.Documents.Cli.Localization;
using WorkPlan.Documents.Import;
using WorkPlan.Documents.Model;

namespace WorkPlan.Documents.Cli.Commands;

/// <summary>
/// <c>workplan new --month 2021-05 | --week 2021-W19 [--kind programme|schedule|notice] [--header FILE] [-o plan.json]</c>: scaffolds a month's or a
/// week's programme with every day in place — working days, weekends, holiday breaks ("Nghỉ lễ" with the holiday's name), make-up working days —
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
            CustomParser = ParseMonth,
        };
        var week = new Option<LocalDate?>("--week", "-w")
        {
            Description = "The week, Monday to Sunday: an ISO 8601 week (2021-W19) or any date of it (2021-05-10).",
            HelpName = "YYYY-Www|YYYY-MM-DD",
            CustomParser = result => WeekArgument.Parse(result),
        };
        Option<string?> header = CommandParts.HeaderFile();
        header.Description += " Without it, the agency, number and signer are the blanks of the ND30 form, for you to fill in.";
        Option<string?> output = CommandParts.OutputFile();
        Option<DocumentKind?> kind = CommandParts.Kind();
        var command = new Command("new", "Scaffold a month's or a week's programme: every day with its weekday and status (weekend, holiday break, make-up working day) from the Vietnamese holiday calendar.")
        {
            month,
            week,
            header,
            kind,
            output,
        };
        command.Validators.Add(result =>
        {
            bool hasMonth = result.GetResult(month) is not null;
            bool hasWeek = result.GetResult(week) is not null;
            if (hasMonth == hasWeek)
            {
                result.AddError(CliText.Get(hasMonth ? "New_NotBoth" : "New_GivePeriod"));
            }
        });
        command.SetAction((parse, cancellationToken) => parse.GetValue(week) is { } monday
            ? RunWeekAsync(console, monday, parse.GetValue(header), parse.GetValue(kind) ?? DocumentKind.Programme, parse.GetValue(output), cancellationToken)
            : RunAsync(console, parse.GetRequiredValue(month), parse.GetValue(header), parse.GetValue(kind) ?? DocumentKind.Programme, parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, YearMonth month, string? headerPath, DocumentKind kind, string? output, CancellationToken cancellationToken)
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
            programme = ProgrammeScaffold.ForMonth(month, header).WithKind(kind);
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

    private static async Task<int> RunWeekAsync(CliConsole console, LocalDate monday, string? headerPath, DocumentKind kind, string? output, CancellationToken cancellationToken)
    {
        LocalDate sunday = monday.PlusDays(6);
        if (monday.Year < VietnameseHolidayCalendar.MinYear || sunday.Year > VietnameseHolidayCalendar.MaxYear)
        {
            throw new CliException(
                ExitCodes.InvalidInput,
                null,
                $"--week {LocalDatePattern.Iso.Format(monday)} is outside the years the holiday calendar covers, {VietnameseHolidayCalendar.MinYear} to {VietnameseHolidayCalendar.MaxYear}; scaffold a week of those years.");
        }

        ImportHeader? header = headerPath is null ? null : await HeaderFile.ReadAsync(headerPath, cancellationToken).ConfigureAwait(false);
        WorkProgramme programme;
        try
        {
            programme = ProgrammeScaffold.ForWeek(monday, header).WithKind(kind);
        }
        catch (ArgumentException ex) when (headerPath is not null)
        {
            throw new CliException(ExitCodes.InvalidInput, headerPath, HeaderValueMessage(ex), ex);
        }

        await ProgrammeFile.WriteAsync(programme, output, console, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string HeaderValueMessage(ArgumentException error)
    {
        string reason = error is ProgrammeLimitException limit
            ? limit.Reason
            : Utility.ArgumentMessage.Of(error);
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
