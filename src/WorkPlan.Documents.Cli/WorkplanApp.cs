using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using NodaTime;
using WorkPlan.Documents.Cli.Commands;
using WorkPlan.Documents.Cli.Localization;

namespace WorkPlan.Documents.Cli;

/// <summary>
/// The <c>workplan</c> command line: builds the command tree (System.CommandLine), runs the chosen command and turns
/// every failure into one line on standard error and a documented exit code (<see cref="ExitCodes"/>).
/// </summary>
internal static class WorkplanApp
{
    /// <summary>Builds the command tree.</summary>
    public static RootCommand CreateRootCommand(CliConsole console, IClock clock)
    {
        var root = new RootCommand(
            "workplan: scaffold, import, check and render Vietnamese work programmes (Chương trình công tác) as .docx and HTML formatted to Nghị định 30/2020/NĐ-CP.");
        foreach (Command command in Commands(console, clock))
        {
            root.Subcommands.Add(command);
        }

        root.Options.Add(Language.CreateOption());
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="clock">The clock that dates the documents (see <see cref="SourceDateEpoch"/>).</param>
    /// <param name="handleTermination">Whether Ctrl+C cancels the run (true for the real process, false in tests).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, IClock clock, bool handleTermination = true, CancellationToken cancellationToken = default)
    {
        // --lang is read before parsing so that the parser's messages are in that language too. The culture set here
        // flows with this call (and the tasks it starts) and is restored when it returns.
        if (Language.FromArguments(args) is { } culture)
        {
            CultureInfo.CurrentUICulture = culture;
        }

        ParseResult parse = CreateRootCommand(console, clock).Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            string command = CommandPath(parse.CommandResult);
            foreach (ParseError error in parse.Errors)
            {
                await console.Error.WriteLineAsync(Diagnostics.Format(null, null, null, "error", error.Message)).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync(CliText.Get("UsageHint", command + (command.Length == 0 ? string.Empty : " "))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = handleTermination ? TimeSpan.FromSeconds(5) : null,
        };

        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await console.Error.WriteLineAsync(ex.ToOneLine()).ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync(CliText.Get("Cancelled")).ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ResourceExhaustion.Is(ex))
        {
            CliException error = ResourceExhaustion.ToCliException(null, ex);
            await console.Error.WriteLineAsync(error.ToOneLine()).ConfigureAwait(false);
            return error.ExitCode;
        }
#pragma warning disable CA1031 // The last resort: any other exception is a bug, reported on one line with its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await console.Error.WriteLineAsync(Diagnostics.Format(null, null, null, "internal error", CliText.Get("InternalError", ex.GetType().Name, ex.Message))).ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The words naming a command below the root: "templates export"; empty for the root.</summary>
    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? current = result; current is CommandResult { Command: not RootCommand } command; current = current.Parent)
        {
            names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', names);
    }

    private static IEnumerable<Command> Commands(CliConsole console, IClock clock)
    {
        yield return NewCommand.Create(console);
        yield return DeriveCommand.Create(console);
        yield return ImportCommand.Create(console);
        yield return CheckCommand.Create(console);
        yield return LintCommand.Create(console);
        yield return RenderCommand.Create(console, clock);
        yield return TemplatesCommand.Create(console);
    }
}
